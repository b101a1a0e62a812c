namespace Lakehouse.Functions.Triggers;

/// <summary>One check of <c>GET /api/health</c>: name, ok, a value-free detail and how long it took.</summary>
public sealed record HealthCheck(string Name, bool Ok, string Detail, long ElapsedMs);
