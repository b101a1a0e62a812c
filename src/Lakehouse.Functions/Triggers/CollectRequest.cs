namespace Lakehouse.Functions.Triggers;

/// <summary>
/// Request body of <c>POST /api/collect</c>, every part optional: <c>{"source": "bcb", "series": [433, 11],
/// "from": "2016-01-01", "to": "2025-12-31"}</c>. An empty body collects every source over the lookback.
/// </summary>
/// <param name="Source"><c>bcb</c>, <c>weather</c>, <c>folder</c>, or a configured source's name.</param>
/// <param name="Series">SGS codes (Banco Central sources only).</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
public sealed record CollectRequest(string? Source, IReadOnlyList<int>? Series, DateOnly? From, DateOnly? To);
