using System.Globalization;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary><c>sum_range</c>: the sum of a numeric column's non-null values lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
public sealed class SumRange(DatasetDefinition dataset, string column, double min, double max, FindingSeverity severity) : ITableExpectation, IColumnExpectation
{
    /// <inheritdoc />
    public string Column => column;

    private readonly NumericSum _sum = new(dataset.Ordinal(column));

    /// <inheritdoc />
    public string Kind => "sum_range";

    /// <inheritdoc />
    public FindingSeverity Severity => severity;

    /// <inheritdoc />
    public void Observe(ParquetRowGroup rowGroup) => _sum.Observe(rowGroup);

    /// <inheritdoc />
    public string Observed => string.Create(CultureInfo.InvariantCulture, $"sum {_sum.Sum:0.##} over {_sum.Count:N0} values");

    /// <inheritdoc />
    public string Expected => string.Create(CultureInfo.InvariantCulture, $"sum within [{min}, {max}]");

    /// <inheritdoc />
    public ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_sum.Sum >= min && _sum.Sum <= max ? null
            : new Finding(Kind, column, Severity, 0, [],
                string.Create(CultureInfo.InvariantCulture, $"sum outside [{min}, {max}] over {_sum.Count} values")));
}
