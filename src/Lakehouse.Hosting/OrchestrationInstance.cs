using System.Collections.Immutable;

using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Lakehouse.Hosting;

/// <summary>State of one orchestration instance: status, payloads, history and the external-event inbox.</summary>
internal sealed class OrchestrationInstance
{
    private readonly Lock _gate = new();
    private readonly List<HistoryEvent> _inbox = [];
    private readonly List<HistoryEvent> _history = [];
    private OrchestrationExecution? _execution;

    public OrchestrationInstance(
        string instanceId, string name, string? inputJson, ParentOrchestrationInstance? parent,
        IReadOnlyDictionary<string, string>? tags, CancellationToken hostStopping)
    {
        InstanceId = instanceId;
        Name = name;
        Parent = parent;
        SerializedInput = inputJson;
        Tags = tags ?? ImmutableDictionary<string, string>.Empty;
        CreatedAt = LastUpdatedAt = DateTimeOffset.UtcNow;
        Cancellation = CancellationTokenSource.CreateLinkedTokenSource(hostStopping);
    }

    public string InstanceId { get; }

    public string Name { get; }

    public ParentOrchestrationInstance? Parent { get; }

    public IReadOnlyDictionary<string, string> Tags { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset LastUpdatedAt { get; private set; }

    public OrchestrationRuntimeStatus Status { get; private set; } = OrchestrationRuntimeStatus.Pending;

    public string? SerializedInput { get; private set; }

    public string? SerializedOutput { get; private set; }

    public string? SerializedCustomStatus { get; private set; }

    public TaskFailureDetails? Failure { get; private set; }

    public CancellationTokenSource Cancellation { get; }

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsTerminal
    {
        get
        {
            lock (_gate)
            {
                return Status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed
                    or OrchestrationRuntimeStatus.Terminated;
            }
        }
    }

    public IReadOnlyList<HistoryEvent> History
    {
        get
        {
            lock (_gate)
            {
                return [.. _history];
            }
        }
    }

    public void AttachExecution(OrchestrationExecution execution)
    {
        lock (_gate)
        {
            _execution = execution;
            _inbox.ForEach(execution.PostLive);
            _inbox.Clear();
        }
    }

    public void DetachExecution(OrchestrationExecution execution, IEnumerable<HistoryEvent> carriedEvents)
    {
        lock (_gate)
        {
            if (_execution == execution)
            {
                _execution = null;
            }

            _inbox.InsertRange(0, carriedEvents);
        }
    }

    public void RaiseEvent(string eventName, string? payloadJson)
    {
        var raised = new HistoryEvent(HistoryEventKind.EventRaised, default) { Name = eventName, Payload = payloadJson };
        lock (_gate)
        {
            if (_execution is not null)
            {
                _execution.PostLive(raised);
            }
            else
            {
                _inbox.Add(raised);
            }
        }
    }

    public void SetCustomStatus(string? json) => Update(() => SerializedCustomStatus = json);

    public void AppendHistory(IEnumerable<HistoryEvent> events) => Update(() => _history.AddRange(events));

    public void MarkRunning()
    {
        Update(() => Status = OrchestrationRuntimeStatus.Running);
        Started.TrySetResult();
    }

    public void ContinueAsNew(string? newInputJson) => Update(() => SerializedInput = newInputJson);

    /// <summary>Moves to a terminal status once; later calls (e.g. after termination) are ignored.</summary>
    public bool Complete(OrchestrationRuntimeStatus status, string? outputJson, TaskFailureDetails? failure)
    {
        lock (_gate)
        {
            if (Status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed
                or OrchestrationRuntimeStatus.Terminated)
            {
                return false;
            }

            Status = status;
            SerializedOutput = outputJson;
            Failure = failure;
            LastUpdatedAt = DateTimeOffset.UtcNow;
        }

        Started.TrySetResult();
        Completion.TrySetResult();
        return true;
    }

    public OrchestrationMetadata ToMetadata(bool includePayloads)
    {
        lock (_gate)
        {
            return new OrchestrationMetadata(Name, InstanceId)
            {
                RuntimeStatus = Status,
                CreatedAt = CreatedAt,
                LastUpdatedAt = LastUpdatedAt,
                SerializedInput = includePayloads ? SerializedInput : null,
                SerializedOutput = includePayloads ? SerializedOutput : null,
                SerializedCustomStatus = includePayloads ? SerializedCustomStatus : null,
                Tags = Tags,
                FailureDetails = Failure,
            };
        }
    }

    private void Update(Action change)
    {
        lock (_gate)
        {
            change();
            LastUpdatedAt = DateTimeOffset.UtcNow;
        }
    }
}
