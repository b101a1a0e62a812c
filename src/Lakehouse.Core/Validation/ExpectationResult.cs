namespace Lakehouse.Core.Validation;

/// <summary>
/// One expectation evaluated on an object, met or not: how much it matters, what was observed against what was
/// expected (as text: "8,365 rows", "between 1 and 2,000,000 rows"), and for row rules how many rows failed and which
/// (record numbers). Counts and aggregates only, never a value of a row. Failed results are also <see cref="Finding"/>s.
/// </summary>
public sealed record ExpectationResult(
    string Expectation,
    string? Column,
    FindingSeverity Severity,
    bool Passed,
    string Observed,
    string Expected,
    long FailedRows,
    IReadOnlyList<long> SampleRows,
    string Message)
{
    /// <summary>A met expectation.</summary>
    public static ExpectationResult Met(string expectation, string? column, FindingSeverity severity, string observed, string expected) =>
        new(expectation, column, severity, true, observed, expected, 0, [], "met");

    /// <summary>A failed expectation, from its finding.</summary>
    public static ExpectationResult Failed(Finding finding, string observed = "", string expected = "")
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Expectation, finding.Column, finding.Severity, false, observed, expected, finding.FailedRows, finding.SampleRows, finding.Message);
    }

    /// <summary>The finding of a failed result; null for a met one.</summary>
    public Finding? ToFinding() => Passed ? null : new Finding(Expectation, Column, Severity, FailedRows, SampleRows, Message);
}
