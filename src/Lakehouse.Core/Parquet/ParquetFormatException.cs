namespace Lakehouse.Core.Parquet;

/// <summary>A file is not Parquet, is corrupt, or uses a feature this codec does not support (the message names it).</summary>
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
