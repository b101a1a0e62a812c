namespace Lakehouse.Core.Validation;

/// <summary>
/// The expectation results of one object: row-level findings of the transform plus the table-level expectations.
/// Written as JSON next to the silver file; <see cref="Passed"/> is false when any critical expectation failed.
/// </summary>
public sealed record ValidationReport(
    string ObjectKey,
    string Dataset,
    string SchemaId,
    bool Passed,
    long RowsRead,
    long RowsValid,
    long RowsQuarantined,
    IReadOnlyList<Finding> Findings,
    DateTimeOffset EvaluatedAt)
{
    /// <summary>
    /// Every expectation evaluated, met or not, with what was observed and expected: the transform's row rules that
    /// failed rows, then the table expectations. <see cref="Findings"/> are the failed ones.
    /// </summary>
    public IReadOnlyList<ExpectationResult> Expectations { get; init; } = [];
}
