namespace Lakehouse.Core.Parquet;

/// <summary>
/// A file is not Parquet, is corrupt, or uses a feature the pipeline does not read (nested or binary columns); the
/// message names the file or column. Wraps the Parquet.Net exception when there is one.
/// </summary>
public sealed class ParquetFormatException : Exception
{
    public ParquetFormatException()
    {
    }

    public ParquetFormatException(string message)
        : base(message)
    {
    }

    public ParquetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
