namespace Lakehouse.Core.Parquet;

/// <summary>Footer metadata of one row group.</summary>
/// <param name="Index">Zero-based position in the file.</param>
/// <param name="RowCount">Rows in the row group.</param>
/// <param name="TotalByteSize">Uncompressed bytes of all column chunks.</param>
/// <param name="CompressedSize">Bytes of all column chunks in the file.</param>
/// <param name="Columns">One chunk per column, in schema order.</param>
public sealed record ParquetRowGroupInfo(
    int Index,
    long RowCount,
    long TotalByteSize,
    long CompressedSize,
    IReadOnlyList<ParquetColumnChunkInfo> Columns);
