using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary><c>row_count_range</c>: the silver file holds between <paramref name="min"/> and <paramref name="max"/> rows.</summary>
public sealed class RowCountRange(long min, long max, FindingSeverity severity) : ITableExpectation
{
    private long _rows;

    /// <inheritdoc />
    public string Kind => "row_count_range";

    /// <inheritdoc />
    public FindingSeverity Severity => severity;

    /// <inheritdoc />
    public void Observe(ParquetRowGroup rowGroup) => _rows += (rowGroup ?? throw new ArgumentNullException(nameof(rowGroup))).RowCount;

    /// <inheritdoc />
    public string Observed => $"{_rows:N0} rows";

    /// <inheritdoc />
    public string Expected => $"between {min:N0} and {max:N0} rows";

    /// <inheritdoc />
    public ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_rows >= min && _rows <= max ? null
            : new Finding(Kind, null, Severity, 0, [], $"{_rows} rows, expected between {min} and {max}"));
}
