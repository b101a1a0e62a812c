using Microsoft.DurableTask;

namespace Lakehouse.Hosting;

/// <summary>
/// One recorded event of an orchestration execution. Payloads are the JSON strings exactly as they crossed the
/// orchestration boundary (what Durable stores in its history table).
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Timestamp">Orchestration time of the event (drives <c>CurrentUtcDateTime</c>).</param>
public sealed record HistoryEvent(HistoryEventKind Kind, DateTime Timestamp)
{
    /// <summary>Sequence number of the action the event belongs to; -1 for events not tied to an action.</summary>
    public int TaskId { get; init; } = -1;

    /// <summary>Activity, orchestrator or event name.</summary>
    public string? Name { get; init; }

    /// <summary>Input, result, output or event payload as JSON.</summary>
    public string? Payload { get; init; }

    /// <summary>Sub-orchestration or event target instance id.</summary>
    public string? InstanceId { get; init; }

    /// <summary>Fire time of a durable timer.</summary>
    public DateTime? FireAt { get; init; }

    /// <summary>Failure details of a failed task or execution.</summary>
    public TaskFailureDetails? Failure { get; init; }

    /// <summary>True for the events that record something the orchestrator did (compared on replay).</summary>
    public bool IsAction => Kind is HistoryEventKind.TaskScheduled or HistoryEventKind.SubOrchestrationScheduled
        or HistoryEventKind.TimerCreated or HistoryEventKind.EventSent;

    /// <summary>True for events that complete an action or deliver an event (fed back in order on replay).</summary>
    public bool IsCompletion => Kind is HistoryEventKind.TaskCompleted or HistoryEventKind.TaskFailed
        or HistoryEventKind.SubOrchestrationCompleted or HistoryEventKind.SubOrchestrationFailed
        or HistoryEventKind.TimerFired or HistoryEventKind.EventRaised;
}
