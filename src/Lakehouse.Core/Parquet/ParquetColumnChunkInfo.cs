namespace Lakehouse.Core.Parquet;

/// <summary>Footer metadata of one column chunk (for <c>parquet meta</c>-style inspection).</summary>
/// <param name="Name">Column name.</param>
/// <param name="PhysicalType">Parquet physical type, e.g. <c>INT64</c>, <c>BYTE_ARRAY</c>.</param>
/// <param name="Codec">Compression codec, e.g. <c>SNAPPY</c>, <c>ZSTD</c>.</param>
/// <param name="Encodings">Encodings used in the chunk, e.g. <c>PLAIN</c>, <c>RLE</c>, <c>RLE_DICTIONARY</c>.</param>
/// <param name="ValueCount">Values including nulls.</param>
/// <param name="CompressedSize">Bytes in the file, page headers included.</param>
/// <param name="UncompressedSize">Bytes before compression, page headers included.</param>
/// <param name="DataPageOffset">File offset of the first data page.</param>
/// <param name="DictionaryPageOffset">File offset of the dictionary page, when there is one.</param>
/// <param name="Statistics">Min/max/null count, when recorded.</param>
public sealed record ParquetColumnChunkInfo(
    string Name,
    string PhysicalType,
    string Codec,
    IReadOnlyList<string> Encodings,
    long ValueCount,
    long CompressedSize,
    long UncompressedSize,
    long DataPageOffset,
    long? DictionaryPageOffset,
    ParquetColumnStatistics? Statistics);
