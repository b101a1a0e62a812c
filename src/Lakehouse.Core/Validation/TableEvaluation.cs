namespace Lakehouse.Core.Validation;

/// <summary>
/// What the table-level pass over a silver file produced: a result for every expectation evaluated (met or not) and
/// the file's metrics.
/// </summary>
public sealed record TableEvaluation(IReadOnlyList<ExpectationResult> Results, IReadOnlyList<ColumnMetric> Metrics)
{
    /// <summary>The failed expectations as findings.</summary>
    public IEnumerable<Finding> Findings => Results.Select(r => r.ToFinding()).OfType<Finding>();
}
