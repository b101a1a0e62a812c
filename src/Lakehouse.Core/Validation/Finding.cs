namespace Lakehouse.Core.Validation;

/// <summary>How much a failed expectation matters.</summary>
public enum FindingSeverity
{
    /// <summary>Reported; the load goes on.</summary>
    Warning,

    /// <summary>Rows failing it are quarantined; the rest go on.</summary>
    Error,

    /// <summary>Stops the load of the object.</summary>
    Critical,
}

/// <summary>
/// The outcome of one expectation on one object: which rule, which column, how many rows failed and the first few
/// record numbers (1-based, header excluded). Messages name columns and rules, never values.
/// </summary>
public sealed record Finding(
    string Expectation,
    string? Column,
    FindingSeverity Severity,
    long FailedRows,
    IReadOnlyList<long> SampleRows,
    string Message);
