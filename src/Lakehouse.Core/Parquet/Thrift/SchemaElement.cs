namespace Lakehouse.Core.Parquet.Thrift;

/// <summary>parquet.thrift <c>SchemaElement</c>: one node of the flattened schema tree.</summary>
internal sealed class SchemaElement
{
    public PhysicalType? Type { get; set; }

    public int? TypeLength { get; set; }

    public Repetition? RepetitionType { get; set; }

    public string Name { get; set; } = "";

    public int? NumChildren { get; set; }

    public ConvertedType? ConvertedType { get; set; }

    public int? Scale { get; set; }

    public int? Precision { get; set; }

    public LogicalType? LogicalType { get; set; }

    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        if (Type is { } type)
        {
            writer.FieldI32(1, (int)type);
        }

        if (TypeLength is { } typeLength)
        {
            writer.FieldI32(2, typeLength);
        }

        if (RepetitionType is { } repetition)
        {
            writer.FieldI32(3, (int)repetition);
        }

        writer.FieldString(4, Name);
        if (NumChildren is { } children)
        {
            writer.FieldI32(5, children);
        }

        WriteAnnotations(writer);
        writer.EndStruct();
    }

    private void WriteAnnotations(CompactWriter writer)
    {
        if (ConvertedType is { } converted)
        {
            writer.FieldI32(6, (int)converted);
        }

        if (Scale is { } scale)
        {
            writer.FieldI32(7, scale);
        }

        if (Precision is { } precision)
        {
            writer.FieldI32(8, precision);
        }

        if (LogicalType is { } logical)
        {
            writer.FieldStruct(10);
            logical.WriteMembers(writer);
            writer.EndStruct();
        }
    }

    public static SchemaElement Read(CompactReader reader)
    {
        var result = new SchemaElement();
        reader.BeginStruct();
        for (var (type, id) = reader.ReadFieldHeader(); type != CompactType.Stop; (type, id) = reader.ReadFieldHeader())
        {
            switch (id)
            {
                case 1: result.Type = (PhysicalType)reader.ReadI32(); break;
                case 2: result.TypeLength = reader.ReadI32(); break;
                case 3: result.RepetitionType = (Repetition)reader.ReadI32(); break;
                case 4: result.Name = reader.ReadString(); break;
                case 5: result.NumChildren = reader.ReadI32(); break;
                case 6: result.ConvertedType = (ConvertedType)reader.ReadI32(); break;
                case 7: result.Scale = reader.ReadI32(); break;
                case 8: result.Precision = reader.ReadI32(); break;
                case 10 when type == CompactType.Struct: result.LogicalType = LogicalType.Read(reader); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct();
        return result;
    }
}
