using Lakehouse.Core.Parquet.Compression;
using Lakehouse.Core.Parquet.Encodings;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>Appends compressed pages (Thrift header + body) of one column chunk to a buffer and sums their sizes.</summary>
internal sealed class PageWriter(ByteBuffer output, CompressionCodec codec)
{
    private readonly CompactWriter _header = new();

    /// <summary>Bytes of all pages including headers, before compression.</summary>
    public long UncompressedBytes { get; private set; }

    /// <summary>Bytes of all pages including headers, as written.</summary>
    public long CompressedBytes { get; private set; }

    public void WriteDictionaryPage(ReadOnlyMemory<byte> body, int count) =>
        Write(PageType.DictionaryPage, body, count, ColumnEncoding.Plain);

    public void WriteDataPage(ReadOnlyMemory<byte> body, int count, ColumnEncoding encoding) =>
        Write(PageType.DataPage, body, count, encoding);

    private void Write(PageType type, ReadOnlyMemory<byte> body, int count, ColumnEncoding encoding)
    {
        var compressed = PageCodec.Compress(codec, body);
        var header = new PageHeader
        {
            Type = type,
            UncompressedPageSize = body.Length,
            CompressedPageSize = compressed.Length,
            NumValues = count,
            Encoding = encoding,
        };
        _header.Clear();
        header.Write(_header);
        output.Write(_header.WrittenSpan);
        output.Write(compressed.Span);
        UncompressedBytes += _header.WrittenSpan.Length + body.Length;
        CompressedBytes += _header.WrittenSpan.Length + compressed.Length;
    }
}
