namespace Lakehouse.Core.Catalog;

/// <summary>One run as listed by <c>lakehouse runs</c> and <c>GET /api/runs</c>.</summary>
public sealed record RunSummary(
    string RunId,
    string Kind,
    RunStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int Objects,
    int Succeeded,
    int Failed,
    int Skipped);
