using System.Buffers.Binary;

using Lakehouse.Core.Parquet.Schema;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet;

/// <summary>Serializes the file footer: FileMetaData, its 4-byte length and the closing "PAR1".</summary>
internal static class Footer
{
    public static byte[] Build(ParquetWriter writer)
    {
        var metadata = new FileMetaData
        {
            Version = 1,
            Schema = SchemaConverter.ToThrift(writer.Columns),
            NumRows = writer.RowCount,
            RowGroups = [.. writer.RowGroups],
            KeyValueMetadata = [.. writer.Options.Metadata.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))],
            CreatedBy = ParquetWriter.CreatedBy,
            TypeDefinedColumnOrders = writer.Columns.Count,
        };
        var thrift = new CompactWriter();
        metadata.Write(thrift);
        var body = thrift.WrittenSpan;
        var footer = new byte[body.Length + 8];
        body.CopyTo(footer);
        BinaryPrimitives.WriteInt32LittleEndian(footer.AsSpan(body.Length), body.Length);
        ParquetWriter.Magic.CopyTo(footer, body.Length + 4);
        return footer;
    }
}
