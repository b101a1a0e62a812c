using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary>
/// <c>type_parse_rate</c>: at least <paramref name="minRate"/> of the source rows parsed into their declared types
/// (the transform's <c>type_*</c> row findings count the failures; such rows are quarantined one by one, a low rate
/// says the file as a whole has another shape).
/// </summary>
public sealed class TypeParseRate(double minRate, FindingSeverity severity) : ITableExpectation
{
    /// <inheritdoc />
    public string Kind => "type_parse_rate";

    /// <inheritdoc />
    public FindingSeverity Severity => severity;

    /// <inheritdoc />
    public void Observe(ParquetRowGroup rowGroup)
    {
        // Decided on the transform's findings: rows that failed to parse never reach silver.
    }

    /// <inheritdoc />
    public string Observed { get; private set; } = "";

    /// <inheritdoc />
    public string Expected => $"at least {minRate:P2} parsed";

    /// <inheritdoc />
    public ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.RowsRead == 0)
        {
            return ValueTask.FromResult<Finding?>(null);
        }

        // One row may fail several columns: the sum bounds the failing rows from above, capped at the rows read.
        var failed = Math.Min(context.RowsRead, context.RowFindings.Where(f => f.Expectation.StartsWith("type_", StringComparison.Ordinal)).Sum(f => f.FailedRows));
        var rate = 1 - (double)failed / context.RowsRead;
        Observed = $"{rate:P2} parsed";
        return ValueTask.FromResult(rate >= minRate ? null
            : new Finding(Kind, null, Severity, failed, [], $"{rate:P2} of rows parsed into their declared types, at least {minRate:P2} expected"));
    }
}
