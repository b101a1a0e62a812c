namespace Lakehouse.Hosting;

/// <summary>Kind of a recorded <see cref="HistoryEvent"/>.</summary>
public enum HistoryEventKind
{
    /// <summary>The execution started; <c>Name</c> is the orchestrator, <c>Payload</c> the input JSON.</summary>
    ExecutionStarted,

    /// <summary>Action: an activity was scheduled (<c>TaskId</c>, <c>Name</c>, <c>Payload</c> = input JSON).</summary>
    TaskScheduled,

    /// <summary>An activity completed; <c>Payload</c> = result JSON.</summary>
    TaskCompleted,

    /// <summary>An activity failed; <c>Failure</c> holds the details.</summary>
    TaskFailed,

    /// <summary>Action: a sub-orchestration was scheduled (<c>InstanceId</c> = child instance).</summary>
    SubOrchestrationScheduled,

    /// <summary>A sub-orchestration completed; <c>Payload</c> = output JSON.</summary>
    SubOrchestrationCompleted,

    /// <summary>A sub-orchestration failed.</summary>
    SubOrchestrationFailed,

    /// <summary>Action: a durable timer was created (<c>FireAt</c>).</summary>
    TimerCreated,

    /// <summary>A durable timer fired (<c>FireAt</c>).</summary>
    TimerFired,

    /// <summary>An external event arrived (<c>Name</c>, <c>Payload</c>).</summary>
    EventRaised,

    /// <summary>Action: an event was sent to another instance (<c>InstanceId</c>, <c>Name</c>, <c>Payload</c>).</summary>
    EventSent,

    /// <summary>The execution ended with ContinueAsNew; <c>Payload</c> = the new input.</summary>
    ContinuedAsNew,

    /// <summary>The execution ended: <c>Payload</c> = output JSON, or <c>Failure</c> when it failed.</summary>
    ExecutionCompleted,
}
