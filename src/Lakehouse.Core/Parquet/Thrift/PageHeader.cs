namespace Lakehouse.Core.Parquet.Thrift;

/// <summary>parquet.thrift <c>PageHeader</c> with the data page (v1, v2) and dictionary page headers flattened in.</summary>
internal sealed class PageHeader
{
    public PageType Type { get; set; }

    public int UncompressedPageSize { get; set; }

    public int CompressedPageSize { get; set; }

    /// <summary>num_values of the data (v1/v2) or dictionary page header.</summary>
    public int NumValues { get; set; }

    /// <summary>Value encoding of the data page, or the dictionary page encoding.</summary>
    public ColumnEncoding Encoding { get; set; }

    public ColumnEncoding DefinitionLevelEncoding { get; set; } = ColumnEncoding.Rle;

    public ColumnEncoding RepetitionLevelEncoding { get; set; } = ColumnEncoding.Rle;

    /// <summary>v2 only: byte length of the (never compressed) definition levels.</summary>
    public int DefinitionLevelsByteLength { get; set; }

    /// <summary>v2 only: byte length of the (never compressed) repetition levels.</summary>
    public int RepetitionLevelsByteLength { get; set; }

    /// <summary>v2 only: whether the values section is compressed.</summary>
    public bool IsCompressed { get; set; } = true;

    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        writer.FieldI32(1, (int)Type);
        writer.FieldI32(2, UncompressedPageSize);
        writer.FieldI32(3, CompressedPageSize);
        if (Type == PageType.DictionaryPage)
        {
            writer.FieldStruct(7);
            writer.FieldI32(1, NumValues);
            writer.FieldI32(2, (int)Encoding);
            writer.EndStruct();
        }
        else
        {
            writer.FieldStruct(5);
            writer.FieldI32(1, NumValues);
            writer.FieldI32(2, (int)Encoding);
            writer.FieldI32(3, (int)DefinitionLevelEncoding);
            writer.FieldI32(4, (int)RepetitionLevelEncoding);
            writer.EndStruct();
        }

        writer.EndStruct();
    }

    public static PageHeader Read(CompactReader reader)
    {
        var result = new PageHeader();
        reader.BeginStruct();
        for (var (type, id) = reader.ReadFieldHeader(); type != CompactType.Stop; (type, id) = reader.ReadFieldHeader())
        {
            switch (id)
            {
                case 1: result.Type = (PageType)reader.ReadI32(); break;
                case 2: result.UncompressedPageSize = reader.ReadI32(); break;
                case 3: result.CompressedPageSize = reader.ReadI32(); break;
                case 5 or 7 or 8 when type == CompactType.Struct: result.ReadPageHeader(reader, id); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct();
        return result;
    }

    private void ReadPageHeader(CompactReader reader, short kind)
    {
        reader.BeginStruct();
        for (var (type, id) = reader.ReadFieldHeader(); type != CompactType.Stop; (type, id) = reader.ReadFieldHeader())
        {
            switch (kind, id)
            {
                case (_, 1): NumValues = reader.ReadI32(); break;
                case (5 or 7, 2): Encoding = (ColumnEncoding)reader.ReadI32(); break;
                case (5, 3): DefinitionLevelEncoding = (ColumnEncoding)reader.ReadI32(); break;
                case (5, 4): RepetitionLevelEncoding = (ColumnEncoding)reader.ReadI32(); break;
                case (8, 4): Encoding = (ColumnEncoding)reader.ReadI32(); break;
                case (8, 5): DefinitionLevelsByteLength = reader.ReadI32(); break;
                case (8, 6): RepetitionLevelsByteLength = reader.ReadI32(); break;
                case (8, 7): IsCompressed = type == CompactType.BooleanTrue; break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct();
    }
}
