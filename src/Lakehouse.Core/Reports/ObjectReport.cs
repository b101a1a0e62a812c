using Lakehouse.Core.Catalog;
using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Reports;

/// <summary>One object of a run in the quality report (see <see cref="RunReport"/>).</summary>
public sealed record ObjectReport(
    long ObjectId,
    string Key,
    string? Dataset,
    string? SchemaId,
    ObjectStatus Status,
    long? RowsRead,
    long? RowsQuarantined,
    long? RowsLoaded,
    string? Error,
    IReadOnlyList<RunStage> Stages,
    IReadOnlyList<ExpectationResult> Expectations,
    IReadOnlyList<QuarantineGroup> Quarantine,
    IReadOnlyList<ColumnReport> Columns,
    Lineage Lineage,
    IReadOnlyList<MetricHistory> History)
{
    /// <summary>The object's page, relative to the run's <c>index.html</c>.</summary>
    public string Page => $"objects/{ObjectId}.html";
}
