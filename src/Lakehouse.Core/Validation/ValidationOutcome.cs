namespace Lakehouse.Core.Validation;

/// <summary>
/// What the validate stage did for one object: the report, where it was written, and — when a critical expectation
/// failed — the message recorded in the catalog (value-free: expectations and columns only).
/// </summary>
public sealed record ValidationOutcome(ValidationReport Report, string ReportKey, string? Error);
