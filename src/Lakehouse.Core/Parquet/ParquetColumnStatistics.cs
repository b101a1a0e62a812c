namespace Lakehouse.Core.Parquet;

/// <summary>Statistics of a column chunk as stored in the footer; values are CLR values of the column type.</summary>
/// <param name="NullCount">Nulls in the chunk, when the writer recorded it.</param>
/// <param name="Min">Smallest non-null value, or null when absent.</param>
/// <param name="Max">Largest non-null value, or null when absent.</param>
public sealed record ParquetColumnStatistics(long? NullCount, object? Min, object? Max);
