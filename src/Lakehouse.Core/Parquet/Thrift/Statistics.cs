namespace Lakehouse.Core.Parquet.Thrift;

/// <summary>parquet.thrift <c>Statistics</c> of a column chunk or page (values PLAIN-encoded, no length prefix).</summary>
internal sealed class Statistics
{
    public byte[]? Max { get; set; }

    public byte[]? Min { get; set; }

    public long? NullCount { get; set; }

    public long? DistinctCount { get; set; }

    public byte[]? MaxValue { get; set; }

    public byte[]? MinValue { get; set; }

    public void WriteMembers(CompactWriter writer)
    {
        if (Max is not null)
        {
            writer.FieldBinary(1, Max);
        }

        if (Min is not null)
        {
            writer.FieldBinary(2, Min);
        }

        if (NullCount is { } nullCount)
        {
            writer.FieldI64(3, nullCount);
        }

        if (DistinctCount is { } distinct)
        {
            writer.FieldI64(4, distinct);
        }

        if (MaxValue is not null)
        {
            writer.FieldBinary(5, MaxValue);
        }

        if (MinValue is not null)
        {
            writer.FieldBinary(6, MinValue);
        }
    }

    public static Statistics Read(CompactReader reader)
    {
        var result = new Statistics();
        reader.BeginStruct();
        for (var (type, id) = reader.ReadFieldHeader(); type != CompactType.Stop; (type, id) = reader.ReadFieldHeader())
        {
            switch (id)
            {
                case 1: result.Max = reader.ReadBinary(); break;
                case 2: result.Min = reader.ReadBinary(); break;
                case 3: result.NullCount = reader.ReadI64(); break;
                case 4: result.DistinctCount = reader.ReadI64(); break;
                case 5: result.MaxValue = reader.ReadBinary(); break;
                case 6: result.MinValue = reader.ReadBinary(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct();
        return result;
    }
}
