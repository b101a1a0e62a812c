using Lakehouse.Core.Catalog;

namespace Lakehouse.Core.Reports;

/// <summary>
/// Everything the quality report of one run shows: the run and, per object, its stages, expectations, quarantined rows
/// by rule (row numbers, never values), schema and masking per column, lineage and metric history. Built from the
/// catalog and the validation reports by <see cref="RunReportBuilder"/>; rendered by <see cref="HtmlReportWriter"/>.
/// </summary>
public sealed record RunReport(
    string RunId,
    string Kind,
    RunStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<ObjectReport> Objects,
    DateTimeOffset GeneratedAt);
