namespace Lakehouse.Core.Parquet.Thrift;

/// <summary>parquet.thrift <c>FileMetaData</c>: the footer of a Parquet file.</summary>
internal sealed class FileMetaData
{
    public int Version { get; set; } = 1;

    public List<SchemaElement> Schema { get; set; } = [];

    public long NumRows { get; set; }

    public List<RowGroup> RowGroups { get; set; } = [];

    public List<KeyValuePair<string, string?>> KeyValueMetadata { get; set; } = [];

    public string? CreatedBy { get; set; }

    /// <summary>Number of TYPE_ORDER column orders to write (one per leaf column), so readers trust min_value/max_value.</summary>
    public int TypeDefinedColumnOrders { get; set; }

    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        writer.FieldI32(1, Version);
        writer.FieldList(2, CompactType.Struct, Schema.Count);
        foreach (var element in Schema)
        {
            element.Write(writer);
        }

        writer.FieldI64(3, NumRows);
        writer.FieldList(4, CompactType.Struct, RowGroups.Count);
        foreach (var rowGroup in RowGroups)
        {
            writer.BeginStruct();
            rowGroup.WriteMembers(writer);
            writer.EndStruct();
        }

        WriteKeyValues(writer);
        if (CreatedBy is not null)
        {
            writer.FieldString(6, CreatedBy);
        }

        writer.FieldList(7, CompactType.Struct, TypeDefinedColumnOrders);
        for (var i = 0; i < TypeDefinedColumnOrders; i++)
        {
            writer.BeginStruct();
            writer.FieldStruct(1);
            writer.EndStruct();
            writer.EndStruct();
        }

        writer.EndStruct();
    }

    private void WriteKeyValues(CompactWriter writer)
    {
        if (KeyValueMetadata.Count == 0)
        {
            return;
        }

        writer.FieldList(5, CompactType.Struct, KeyValueMetadata.Count);
        foreach (var (key, value) in KeyValueMetadata)
        {
            writer.BeginStruct();
            writer.FieldString(1, key);
            if (value is not null)
            {
                writer.FieldString(2, value);
            }

            writer.EndStruct();
        }
    }

    public static FileMetaData Read(CompactReader reader)
    {
        var result = new FileMetaData();
        reader.BeginStruct();
        for (var (type, id) = reader.ReadFieldHeader(); type != CompactType.Stop; (type, id) = reader.ReadFieldHeader())
        {
            switch (id)
            {
                case 1: result.Version = reader.ReadI32(); break;
                case 2: result.Schema = ColumnMetaData.ReadList(reader, SchemaElement.Read); break;
                case 3: result.NumRows = reader.ReadI64(); break;
                case 4: result.RowGroups = ColumnMetaData.ReadList(reader, RowGroup.Read); break;
                case 5: result.KeyValueMetadata = ColumnMetaData.ReadList(reader, ReadKeyValue); break;
                case 6: result.CreatedBy = reader.ReadString(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct();
        return result;
    }

    private static KeyValuePair<string, string?> ReadKeyValue(CompactReader reader)
    {
        string key = "";
        string? value = null;
        reader.BeginStruct();
        for (var (type, id) = reader.ReadFieldHeader(); type != CompactType.Stop; (type, id) = reader.ReadFieldHeader())
        {
            switch (id)
            {
                case 1: key = reader.ReadString(); break;
                case 2: value = reader.ReadString(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct();
        return new(key, value);
    }
}
