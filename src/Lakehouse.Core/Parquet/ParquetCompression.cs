namespace Lakehouse.Core.Parquet;

/// <summary>Page compression codec of the files <see cref="ParquetFileWriter"/> produces.</summary>
public enum ParquetCompression
{
    /// <summary>No compression.</summary>
    Uncompressed,

    /// <summary>Snappy (the default): fast, moderate ratio.</summary>
    Snappy,

    /// <summary>GZIP: slower, smaller.</summary>
    Gzip,

    /// <summary>ZSTD: slower than Snappy, much smaller on text such as hexadecimal ids.</summary>
    Zstd,
}
