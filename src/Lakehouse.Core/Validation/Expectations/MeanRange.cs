using System.Globalization;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary><c>mean_range</c>: the mean of a numeric column's non-null values lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
public sealed class MeanRange(DatasetDefinition dataset, string column, double min, double max, FindingSeverity severity) : ITableExpectation, IColumnExpectation
{
    /// <inheritdoc />
    public string Column => column;

    private readonly NumericSum _sum = new(dataset.Ordinal(column));

    /// <inheritdoc />
    public string Kind => "mean_range";

    /// <inheritdoc />
    public FindingSeverity Severity => severity;

    /// <inheritdoc />
    public void Observe(ParquetRowGroup rowGroup) => _sum.Observe(rowGroup);

    /// <inheritdoc />
    public string Observed => _sum.Count == 0 ? "no values" : string.Create(CultureInfo.InvariantCulture, $"mean {_sum.Sum / _sum.Count:0.####} over {_sum.Count:N0} values");

    /// <inheritdoc />
    public string Expected => string.Create(CultureInfo.InvariantCulture, $"mean within [{min}, {max}]");

    /// <inheritdoc />
    public ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken)
    {
        if (_sum.Count == 0)
        {
            return ValueTask.FromResult<Finding?>(null); // no value, no mean: not_null and row counts speak for that
        }

        var mean = _sum.Sum / _sum.Count;
        return ValueTask.FromResult(mean >= min && mean <= max ? null
            : new Finding(Kind, column, Severity, 0, [],
                string.Create(CultureInfo.InvariantCulture, $"mean outside the plausible range [{min}, {max}] over {_sum.Count} values")));
    }
}
