using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary>
/// <c>freshness</c>: the newest value of a timestamp column is not after the object's ingest date (plus one day of
/// time-zone slack) and, when <paramref name="maxAgeDays"/> is given, not older than that many days before it.
/// Historical datasets such as Olist declare only the "not in the future" half.
/// </summary>
public sealed class Freshness(DatasetDefinition dataset, string column, int? maxAgeDays, FindingSeverity severity) : ITableExpectation, IColumnExpectation
{
    /// <inheritdoc />
    public string Column => column;

    private readonly int _ordinal = dataset.Ordinal(column);
    private DateTime? _newest;

    /// <inheritdoc />
    public string Kind => "freshness";

    /// <inheritdoc />
    public FindingSeverity Severity => severity;

    /// <inheritdoc />
    public void Observe(ParquetRowGroup rowGroup)
    {
        ArgumentNullException.ThrowIfNull(rowGroup);
        var column = rowGroup.Column<DateTime>(_ordinal);
        var values = column.Values;
        for (var r = 0; r < values.Length; r++)
        {
            if (!column.IsNull(r) && (_newest is null || values[r] > _newest))
            {
                _newest = values[r];
            }
        }
    }

    /// <inheritdoc />
    public string Observed => _newest is { } newest ? $"newest {newest:yyyy-MM-dd}" : "no values";

    /// <inheritdoc />
    public string Expected => maxAgeDays is { } days ? $"within {days} days before the ingest date, not after it" : "not after the ingest date";

    /// <inheritdoc />
    public ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_newest is not { } newest)
        {
            return ValueTask.FromResult<Finding?>(null);
        }

        var ingest = context.IngestDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (newest >= ingest.AddDays(2))
        {
            return ValueTask.FromResult<Finding?>(new Finding(Kind, column, Severity, 0, [], $"newest value lies after the ingest date {context.IngestDate:yyyy-MM-dd}"));
        }

        return ValueTask.FromResult(maxAgeDays is { } days && newest < ingest.AddDays(-days)
            ? new Finding(Kind, column, Severity, 0, [], $"newest value is more than {days} days older than the ingest date {context.IngestDate:yyyy-MM-dd}")
            : null);
    }
}
