using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Lakehouse.Hosting;

/// <summary>
/// The <see cref="TaskOrchestrationContext"/> of the in-process host: a thin surface over one
/// <see cref="OrchestrationExecution"/> (live or replay). Every payload crosses as JSON.
/// </summary>
internal sealed partial class InProcessOrchestrationContext(OrchestrationExecution execution, ILoggerFactory loggerFactory)
    : TaskOrchestrationContext
{
    public override TaskName Name => execution.Name;

    public override string InstanceId => execution.InstanceId;

    public override ParentOrchestrationInstance? Parent => execution.Parent;

    public override DateTime CurrentUtcDateTime => execution.CurrentUtc;

    public override bool IsReplaying => execution.IsReplaying;

    protected override ILoggerFactory LoggerFactory => loggerFactory;

    public override T? GetInput<T>()
        where T : default => Payload.Deserialize<T>(execution.InputJson);

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        var id = execution.ScheduleAction(new HistoryEvent(HistoryEventKind.TimerCreated, default) { FireAt = fireAt });
        var fired = execution.WaitFor(id);
        if (!IsReplaying)
        {
            execution.Host.StartTimer(execution, id, fireAt - CurrentUtcDateTime, fireAt);
        }

        if (cancellationToken.CanBeCanceled && execution.PendingFor(id) is { } waiter)
        {
            cancellationToken.Register(() => execution.Cancel(waiter, cancellationToken));
        }

        return fired;
    }

    public override Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken) =>
        CreateTimer(CurrentUtcDateTime.Add(delay), cancellationToken);

    public override async Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        var waiter = execution.WaitForEvent(eventName);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() => execution.Cancel(waiter, cancellationToken));
        }

        var raised = await waiter.Task;
        return Payload.Deserialize<T>(raised.Payload)!;
    }

    public override void SendEvent(string instanceId, string eventName, object payload)
    {
        var json = Payload.Serialize(payload);
        execution.ScheduleAction(
            new HistoryEvent(HistoryEventKind.EventSent, default) { InstanceId = instanceId, Name = eventName, Payload = json });
        if (!IsReplaying)
        {
            execution.Host.RaiseEventFromOrchestration(instanceId, eventName, json);
        }
    }

    public override void SetCustomStatus(object? customStatus)
    {
        execution.CheckThread();
        var json = Payload.Serialize(customStatus);
        if (!IsReplaying)
        {
            execution.Instance.SetCustomStatus(json);
        }
    }

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) =>
        execution.RequestContinueAsNew(Payload.Serialize(newInput), preserveUnprocessedEvents);

    public override Guid NewGuid()
    {
        execution.CheckThread();
        return DeterministicGuid.Create(InstanceId, CurrentUtcDateTime, execution.NextGuidCounter());
    }

    public override ILogger CreateReplaySafeLogger(string categoryName) =>
        new ReplaySafeLogger(loggerFactory.CreateLogger(categoryName), this);

    public override ILogger CreateReplaySafeLogger(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return CreateReplaySafeLogger(type.FullName ?? type.Name);
    }

    public override ILogger CreateReplaySafeLogger<T>() => CreateReplaySafeLogger(typeof(T));
}
