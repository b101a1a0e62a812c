namespace Lakehouse.Core.Validation.Expectations;

/// <summary>
/// <c>row_count_anomaly</c>: the object's row count lies within <c>maxChange</c> (a fraction) of the mean row count of the
/// dataset's last <c>history</c> loads. Passes while the dataset has no history. Built in for every dataset, with its
/// thresholds and severity from <see cref="ValidationOptions"/>.
/// </summary>
public sealed class RowCountAnomaly(double maxChange, int history, FindingSeverity severity)
{
    /// <summary>The expectation's name in reports.</summary>
    public const string Kind = "row_count_anomaly";

    /// <summary>Judges <paramref name="rows"/> against the history in <paramref name="context"/>.</summary>
    public async Task<ExpectationResult> EvaluateAsync(long rows, ExpectationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expected = $"within {maxChange:P0} of the mean of the last {history} load(s)";
        var previous = await context.History.LastAsync(context.Dataset.Name, "row_count", null, history, context.ObjectId, cancellationToken);
        if (previous.Count == 0 || maxChange <= 0)
        {
            return ExpectationResult.Met(Kind, null, severity, $"{rows:N0} rows (no earlier load)", expected);
        }

        var mean = previous.Average();
        var change = mean == 0 ? (rows == 0 ? 0 : double.PositiveInfinity) : Math.Abs(rows - mean) / mean;
        var observed = $"{rows:N0} rows, {change:P1} from the mean {mean:N0} of {previous.Count} load(s)";
        return change <= maxChange
            ? ExpectationResult.Met(Kind, null, severity, observed, expected)
            : ExpectationResult.Failed(new Finding(Kind, null, severity, 0, [], $"{observed}, more than {maxChange:P0}"), observed, expected);
    }
}
