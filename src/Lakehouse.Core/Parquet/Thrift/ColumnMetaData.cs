namespace Lakehouse.Core.Parquet.Thrift;

/// <summary>parquet.thrift <c>ColumnMetaData</c>: where a column chunk's pages are and what they hold.</summary>
internal sealed class ColumnMetaData
{
    public PhysicalType Type { get; set; }

    public List<ColumnEncoding> Encodings { get; set; } = [];

    public List<string> PathInSchema { get; set; } = [];

    public CompressionCodec Codec { get; set; }

    public long NumValues { get; set; }

    public long TotalUncompressedSize { get; set; }

    public long TotalCompressedSize { get; set; }

    public long DataPageOffset { get; set; }

    public long? DictionaryPageOffset { get; set; }

    public Statistics? Statistics { get; set; }

    public void WriteMembers(CompactWriter writer)
    {
        writer.FieldI32(1, (int)Type);
        writer.FieldList(2, CompactType.I32, Encodings.Count);
        foreach (var encoding in Encodings)
        {
            writer.WriteI32((int)encoding);
        }

        writer.FieldList(3, CompactType.Binary, PathInSchema.Count);
        foreach (var part in PathInSchema)
        {
            writer.WriteString(part);
        }

        writer.FieldI32(4, (int)Codec);
        writer.FieldI64(5, NumValues);
        writer.FieldI64(6, TotalUncompressedSize);
        writer.FieldI64(7, TotalCompressedSize);
        writer.FieldI64(9, DataPageOffset);
        if (DictionaryPageOffset is { } dictionaryOffset)
        {
            writer.FieldI64(11, dictionaryOffset);
        }

        if (Statistics is not null)
        {
            writer.FieldStruct(12);
            Statistics.WriteMembers(writer);
            writer.EndStruct();
        }
    }

    public static ColumnMetaData Read(CompactReader reader)
    {
        var result = new ColumnMetaData();
        reader.BeginStruct();
        for (var (type, id) = reader.ReadFieldHeader(); type != CompactType.Stop; (type, id) = reader.ReadFieldHeader())
        {
            switch (id)
            {
                case 1: result.Type = (PhysicalType)reader.ReadI32(); break;
                case 2: result.Encodings = ReadList(reader, r => (ColumnEncoding)r.ReadI32()); break;
                case 3: result.PathInSchema = ReadList(reader, r => r.ReadString()); break;
                case 4: result.Codec = (CompressionCodec)reader.ReadI32(); break;
                case 5: result.NumValues = reader.ReadI64(); break;
                case 6: result.TotalUncompressedSize = reader.ReadI64(); break;
                case 7: result.TotalCompressedSize = reader.ReadI64(); break;
                case 9: result.DataPageOffset = reader.ReadI64(); break;
                case 11: result.DictionaryPageOffset = reader.ReadI64(); break;
                case 12 when type == CompactType.Struct: result.Statistics = Statistics.Read(reader); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct();
        return result;
    }

    internal static List<T> ReadList<T>(CompactReader reader, Func<CompactReader, T> readElement)
    {
        var (_, count) = reader.ReadListHeader();
        var list = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(readElement(reader));
        }

        return list;
    }
}
