using System.Diagnostics.CodeAnalysis;

namespace Lakehouse.Hosting;

/// <summary>Delivery of completions, the orchestration clock and the end of an execution.</summary>
internal sealed partial class OrchestrationExecution
{
    private readonly Dictionary<string, Queue<TaskCompletionSource<HistoryEvent>>> _eventWaiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Queue<HistoryEvent>> _bufferedEvents = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Throws when orchestrator API is used off the orchestrator thread (e.g. after ConfigureAwait(false)).</summary>
    public void CheckThread()
    {
        if (Environment.CurrentManagedThreadId != _threadId)
        {
            throw new InvalidOperationException(
                $"Orchestration '{Name}' ({InstanceId}) used its context off the orchestrator thread. Orchestrators must " +
                "not use ConfigureAwait(false), Task.Run or other thread switches; await only context tasks.");
        }
    }

    /// <summary>Records (live) or checks (replay) an action and returns its task id.</summary>
    public int ScheduleAction(HistoryEvent action)
    {
        CheckThread();
        var id = _nextTaskId++;
        action = action with { TaskId = id, Timestamp = CurrentUtc };
        if (_recorded is null)
        {
            _history.Add(action);
            return id;
        }

        var recorded = id < _recordedActions.Count ? _recordedActions[id] : null;
        if (Divergence is null && (recorded is null || !SameAction(recorded, action)))
        {
            Divergence = DivergenceMessage(id, recorded, action);
        }

        return id;
    }

    public Task<HistoryEvent> WaitFor(int taskId)
    {
        var completion = new TaskCompletionSource<HistoryEvent>();
        _pending[taskId] = completion;
        return completion.Task;
    }

    /// <summary>Cancels a pending wait (timer or event); runs inline on the orchestrator thread, else is queued.</summary>
    public void Cancel(TaskCompletionSource<HistoryEvent> waiter, CancellationToken token)
    {
        if (Environment.CurrentManagedThreadId == _threadId)
        {
            waiter.TrySetCanceled(token);
        }
        else
        {
            _sync.Post(_ => waiter.TrySetCanceled(token), null);
        }
    }

    public TaskCompletionSource<HistoryEvent>? PendingFor(int taskId) => _pending.GetValueOrDefault(taskId);

    public TaskCompletionSource<HistoryEvent> WaitForEvent(string eventName)
    {
        CheckThread();
        var waiter = new TaskCompletionSource<HistoryEvent>();
        if (_bufferedEvents.TryGetValue(eventName, out var buffered) && buffered.TryDequeue(out var raised))
        {
            waiter.SetResult(raised);
            return waiter;
        }

        if (!_eventWaiters.TryGetValue(eventName, out var waiters))
        {
            _eventWaiters[eventName] = waiters = new Queue<TaskCompletionSource<HistoryEvent>>();
        }

        waiters.Enqueue(waiter);
        return waiter;
    }

    public int NextGuidCounter() => _newGuidCounter++;

    private void Deliver(HistoryEvent completion)
    {
        if (_recorded is null)
        {
            completion = completion with { Timestamp = Stamp(completion) };
            _history.Add(completion);
        }

        if (completion.Timestamp > CurrentUtc)
        {
            CurrentUtc = completion.Timestamp;
        }

        if (completion.Kind == HistoryEventKind.EventRaised)
        {
            DeliverEvent(completion);
        }
        else if (_pending.Remove(completion.TaskId, out var waiter))
        {
            waiter.TrySetResult(completion);
        }
    }

    private void DeliverEvent(HistoryEvent raised)
    {
        var name = raised.Name ?? string.Empty;
        if (_eventWaiters.TryGetValue(name, out var waiters))
        {
            while (waiters.TryDequeue(out var waiter))
            {
                if (waiter.TrySetResult(raised))
                {
                    return;
                }
            }
        }

        if (!_bufferedEvents.TryGetValue(name, out var buffered))
        {
            _bufferedEvents[name] = buffered = new Queue<HistoryEvent>();
        }

        buffered.Enqueue(raised);
    }

    private List<HistoryEvent> TakeBufferedEvents() => [.. _bufferedEvents.Values.SelectMany(q => q)];

    /// <summary>Orchestration time: wall clock plus the time skipped by scaled timers; never goes backwards.</summary>
    private DateTime Clock() => DateTime.UtcNow + _clockOffset;

    private DateTime Stamp(HistoryEvent completion)
    {
        if (completion.Kind == HistoryEventKind.TimerFired && completion.FireAt is { } fireAt && fireAt > Clock())
        {
            _clockOffset = fireAt - DateTime.UtcNow;
        }

        var now = Clock();
        return now > CurrentUtc ? now : CurrentUtc;
    }

    [SuppressMessage("Style", "IDE0072:Add missing cases", Justification = "Only actions are described.")]
    private static string Describe(HistoryEvent? action) => action?.Kind switch
    {
        null => "nothing",
        HistoryEventKind.TaskScheduled => $"CallActivity '{action.Name}' with input {Payload.Describe(action.Payload)}",
        HistoryEventKind.SubOrchestrationScheduled =>
            $"CallSubOrchestrator '{action.Name}' (instance '{action.InstanceId}') with input {Payload.Describe(action.Payload)}",
        HistoryEventKind.TimerCreated => $"CreateTimer firing at {action.FireAt:O}",
        HistoryEventKind.EventSent =>
            $"SendEvent '{action.Name}' to '{action.InstanceId}' with payload {Payload.Describe(action.Payload)}",
        _ => action.Kind.ToString(),
    };

    private static bool SameAction(HistoryEvent recorded, HistoryEvent replayed) =>
        recorded.Kind == replayed.Kind
        && string.Equals(recorded.Name, replayed.Name, StringComparison.OrdinalIgnoreCase)
        && recorded.Payload == replayed.Payload
        && recorded.InstanceId == replayed.InstanceId
        && recorded.FireAt == replayed.FireAt;

    private string DivergenceMessage(int taskId, HistoryEvent? recorded, HistoryEvent? replayed) =>
        $"Orchestration '{Name}' ({InstanceId}) is non-deterministic: action #{taskId + 1} was {Describe(recorded)} " +
        $"on first execution but {Describe(replayed)} on replay. Use context.CurrentUtcDateTime / context.NewGuid() " +
        "instead of DateTime.UtcNow / Guid.NewGuid().";
}
