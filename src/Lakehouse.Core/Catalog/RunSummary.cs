namespace Lakehouse.Core.Catalog;

/// <summary>
/// One run as listed by <c>lakehouse runs</c> and <c>GET /api/runs</c>: of its objects, <paramref name="Succeeded"/>
/// loaded, <paramref name="Skipped"/> were skipped, <paramref name="Rejected"/> were rejected by a critical expectation
/// and <paramref name="Failed"/> failed.
/// </summary>
public sealed record RunSummary(
    string RunId,
    string Kind,
    RunStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int Objects,
    int Succeeded,
    int Failed,
    int Skipped,
    int Rejected = 0);
