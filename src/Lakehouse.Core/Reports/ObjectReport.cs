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
    /// <summary>
    /// The latest date of each date column (for a collected series or location: how fresh its data is), from the
    /// validate stage's <c>max_date</c> metric; empty for objects without dates or not validated.
    /// </summary>
    public IReadOnlyList<Freshness> Freshness { get; init; } = [];

    /// <summary>The object's page, relative to the run's <c>index.html</c>.</summary>
    public string Page => $"objects/{ObjectId}.html";
}

/// <summary>The latest date of a column in an object (see <see cref="ObjectReport.Freshness"/>).</summary>
public sealed record Freshness(string Column, DateOnly Latest);
