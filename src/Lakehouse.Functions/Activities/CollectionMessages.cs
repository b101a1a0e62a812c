using Lakehouse.Core.Collection;

namespace Lakehouse.Functions.Activities;

// Messages between CollectOrchestration and its activities: references and counts only (sources, subjects, windows,
// keys), never the answers themselves.

/// <summary>Input of <see cref="PlanCollectionActivity"/>: the request and the orchestration's clock (São Paulo's "today").</summary>
public sealed record PlanCollectionInput(string? Source, IReadOnlyList<int>? Series, DateOnly? From, DateOnly? To, DateTime Now);

/// <summary>
/// Result of <see cref="PlanCollectionActivity"/>: the tasks to run and how many at once (configuration, recorded in the
/// history so replays see the same plan), or why there is nothing to run.
/// </summary>
public sealed record PlanCollectionResult(IReadOnlyList<CollectionTask> Tasks, int MaxParallel, string? Error = null);
