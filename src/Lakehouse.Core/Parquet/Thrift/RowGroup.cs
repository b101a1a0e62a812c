namespace Lakehouse.Core.Parquet.Thrift;

/// <summary>parquet.thrift <c>RowGroup</c> with its <c>ColumnChunk</c>s (flat schemas: one chunk per column).</summary>
internal sealed class RowGroup
{
    public List<ColumnChunk> Columns { get; set; } = [];

    public long TotalByteSize { get; set; }

    public long NumRows { get; set; }

    public long? FileOffset { get; set; }

    public long? TotalCompressedSize { get; set; }

    public void WriteMembers(CompactWriter writer)
    {
        writer.FieldList(1, CompactType.Struct, Columns.Count);
        foreach (var column in Columns)
        {
            writer.BeginStruct();
            column.WriteMembers(writer);
            writer.EndStruct();
        }

        writer.FieldI64(2, TotalByteSize);
        writer.FieldI64(3, NumRows);
        if (FileOffset is { } fileOffset)
        {
            writer.FieldI64(5, fileOffset);
        }

        if (TotalCompressedSize is { } compressed)
        {
            writer.FieldI64(6, compressed);
        }
    }

    public static RowGroup Read(CompactReader reader)
    {
        var result = new RowGroup();
        reader.BeginStruct();
        for (var (type, id) = reader.ReadFieldHeader(); type != CompactType.Stop; (type, id) = reader.ReadFieldHeader())
        {
            switch (id)
            {
                case 1: result.Columns = ColumnMetaData.ReadList(reader, ColumnChunk.Read); break;
                case 2: result.TotalByteSize = reader.ReadI64(); break;
                case 3: result.NumRows = reader.ReadI64(); break;
                case 5: result.FileOffset = reader.ReadI64(); break;
                case 6: result.TotalCompressedSize = reader.ReadI64(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct();
        return result;
    }
}

/// <summary>parquet.thrift <c>ColumnChunk</c>; the metadata is always inline in the footer.</summary>
internal sealed class ColumnChunk
{
    public string? FilePath { get; set; }

    public long FileOffset { get; set; }

    public ColumnMetaData? MetaData { get; set; }

    public void WriteMembers(CompactWriter writer)
    {
        writer.FieldI64(2, FileOffset);
        if (MetaData is not null)
        {
            writer.FieldStruct(3);
            MetaData.WriteMembers(writer);
            writer.EndStruct();
        }
    }

    public static ColumnChunk Read(CompactReader reader)
    {
        var result = new ColumnChunk();
        reader.BeginStruct();
        for (var (type, id) = reader.ReadFieldHeader(); type != CompactType.Stop; (type, id) = reader.ReadFieldHeader())
        {
            switch (id)
            {
                case 1: result.FilePath = reader.ReadString(); break;
                case 2: result.FileOffset = reader.ReadI64(); break;
                case 3 when type == CompactType.Struct: result.MetaData = ColumnMetaData.Read(reader); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct();
        return result;
    }
}
