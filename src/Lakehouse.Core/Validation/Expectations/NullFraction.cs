using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary><c>null_fraction</c>: at most <paramref name="max"/> of the column's values are null (0 = none may be).</summary>
public sealed class NullFraction(DatasetDefinition dataset, string column, double max, FindingSeverity severity) : ITableExpectation, IColumnExpectation
{
    /// <inheritdoc />
    public string Column => column;

    private readonly int _ordinal = dataset.Ordinal(column);
    private long _rows;
    private long _nulls;

    /// <inheritdoc />
    public string Kind => "null_fraction";

    /// <inheritdoc />
    public FindingSeverity Severity => severity;

    /// <inheritdoc />
    public void Observe(ParquetRowGroup rowGroup)
    {
        ArgumentNullException.ThrowIfNull(rowGroup);
        _nulls += rowGroup.Columns[_ordinal].NullCount;
        _rows += rowGroup.RowCount;
    }

    /// <inheritdoc />
    public string Observed => $"{_nulls:N0} of {_rows:N0} null ({(_rows == 0 ? 0 : (double)_nulls / _rows):P2})";

    /// <inheritdoc />
    public string Expected => $"at most {max:P2} null";

    /// <inheritdoc />
    public ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken)
    {
        var fraction = _rows == 0 ? 0 : (double)_nulls / _rows;
        return ValueTask.FromResult(fraction <= max ? null
            : new Finding(Kind, column, Severity, _nulls, [], $"{_nulls} of {_rows} values null ({fraction:P2}), at most {max:P2} allowed"));
    }
}
