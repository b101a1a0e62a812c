namespace Lakehouse.Core.Catalog;

/// <summary>One stage of one object within a run (<c>lakehouse.stage_results</c>).</summary>
public sealed record RunStage(PipelineStage Stage, StageStatus Status, long? Rows, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string? Error);
