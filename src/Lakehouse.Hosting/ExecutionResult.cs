using Microsoft.DurableTask;

namespace Lakehouse.Hosting;

/// <summary>How one orchestration execution ended.</summary>
internal enum ExecutionOutcome
{
    Completed,
    Failed,
    ContinuedAsNew,
    Aborted,
    Diverged,
}

/// <summary>Result of running an orchestrator function once (live or replay).</summary>
internal sealed record ExecutionResult(
    ExecutionOutcome Outcome,
    string? OutputJson,
    TaskFailureDetails? Failure,
    IReadOnlyList<HistoryEvent> History,
    string? Divergence = null);
