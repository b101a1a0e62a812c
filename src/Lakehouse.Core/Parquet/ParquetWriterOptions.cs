namespace Lakehouse.Core.Parquet;

/// <summary>Options of <see cref="ParquetWriter"/>.</summary>
public sealed class ParquetWriterOptions
{
    /// <summary>Page compression codec. Default <see cref="ParquetCompression.Snappy"/>.</summary>
    public ParquetCompression Compression { get; init; } = ParquetCompression.Snappy;

    /// <summary>Approximate uncompressed bytes buffered before a row group is written. Default 64 MiB.</summary>
    public long RowGroupTargetBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Approximate uncompressed size of one data page, in bytes. Default 1 MiB.</summary>
    public int DataPageTargetBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Most distinct values a column chunk's dictionary may hold before that chunk falls back to PLAIN. Default 65,536;
    /// 0 disables dictionary encoding.
    /// </summary>
    public int DictionaryMaxEntries { get; init; } = 64 * 1024;

    /// <summary>Largest PLAIN-encoded dictionary, in bytes, before the chunk falls back to PLAIN. Default 1 MiB.</summary>
    public int DictionaryMaxBytes { get; init; } = 1024 * 1024;

    /// <summary>Key/value metadata written to the footer. Default empty.</summary>
    public IDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether disposing the writer leaves the output stream open. Default <see langword="true"/>.</summary>
    public bool LeaveOpen { get; init; } = true;
}
