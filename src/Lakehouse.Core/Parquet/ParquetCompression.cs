namespace Lakehouse.Core.Parquet;

/// <summary>Page compression codec of the files the writer produces.</summary>
public enum ParquetCompression
{
    /// <summary>No compression.</summary>
    Uncompressed,

    /// <summary>Snappy (the default): fast, moderate ratio.</summary>
    Snappy,

    /// <summary>GZIP: slower, smaller.</summary>
    Gzip,
}
