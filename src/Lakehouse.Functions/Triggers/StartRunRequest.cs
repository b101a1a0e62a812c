namespace Lakehouse.Functions.Triggers;

/// <summary>
/// Request body of <c>POST /api/runs</c>: either bronze keys to ingest (bucket defaults to the bronze bucket), or a daily
/// load for one day or a range of days: <c>{"daily": {"date": "2026-11-01"}}</c>,
/// <c>{"daily": {"from": "2026-11-01", "to": "2026-11-03"}}</c>.
/// </summary>
public sealed record StartRunRequest(IReadOnlyList<string>? Keys, string? Bucket, string? Dataset, DailyRange? Daily);
