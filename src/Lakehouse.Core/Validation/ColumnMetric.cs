namespace Lakehouse.Core.Validation;

/// <summary>
/// One metric of one object's silver file: <c>row_count</c> (no column), and per column <c>null_fraction</c>, for numbers
/// <c>mean</c> and <c>sum</c>, for repeating text <c>distinct_count</c>. Stored in the catalog (<c>lakehouse.metrics</c>)
/// for every validated object, so expectations and the report can look at a dataset's history.
/// </summary>
public sealed record ColumnMetric(string Metric, string? Column, double Value);
