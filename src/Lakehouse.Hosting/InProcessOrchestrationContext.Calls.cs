using Microsoft.DurableTask;

namespace Lakehouse.Hosting;

/// <summary>Activity and sub-orchestration calls with Durable's declarative retry policy.</summary>
internal sealed partial class InProcessOrchestrationContext
{
    public override Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null) =>
        CallWithRetryAsync<TResult>(HistoryEventKind.TaskScheduled, name.Name, input, options, null);

    public override Task CallActivityAsync(TaskName name, object? input = null, TaskOptions? options = null) =>
        CallActivityAsync<object>(name, input, options);

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(
        TaskName orchestratorName, object? input = null, TaskOptions? options = null)
    {
        var instanceId = (options as SubOrchestrationOptions)?.InstanceId ?? NewGuid().ToString("N");
        return CallWithRetryAsync<TResult>(
            HistoryEventKind.SubOrchestrationScheduled, orchestratorName.Name, input, options, instanceId);
    }

    public override Task CallSubOrchestratorAsync(TaskName orchestratorName, object? input = null, TaskOptions? options = null) =>
        CallSubOrchestratorAsync<object>(orchestratorName, input, options);

    private async Task<TResult> CallWithRetryAsync<TResult>(
        HistoryEventKind kind, string name, object? input, TaskOptions? options, string? instanceId)
    {
        execution.CheckThread();
        var inputJson = Payload.Serialize(input);
        var policy = options?.Retry?.Policy;
        var firstAttempt = CurrentUtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            var id = execution.ScheduleAction(
                new HistoryEvent(kind, default) { Name = name, Payload = inputJson, InstanceId = instanceId });
            var pending = execution.WaitFor(id);
            if (!IsReplaying)
            {
                execution.Host.StartCall(execution, kind, id, name, inputJson, instanceId);
            }

            var outcome = await pending;
            if (outcome.Kind is HistoryEventKind.TaskCompleted or HistoryEventKind.SubOrchestrationCompleted)
            {
                return Payload.Deserialize<TResult>(outcome.Payload)!;
            }

            var failed = new TaskFailedException(name, id, outcome.Failure!);
            var delay = NextRetryDelay(policy, attempt, firstAttempt, failed);
            if (delay is null)
            {
                throw failed;
            }

            if (!IsReplaying)
            {
                Log.CallRetrying(execution.Host.Logger, name, InstanceId, attempt, delay.Value.TotalMilliseconds);
            }

            await CreateTimer(CurrentUtcDateTime + delay.Value, CancellationToken.None);
        }
    }

    private TimeSpan? NextRetryDelay(RetryPolicy? policy, int attempt, DateTime firstAttempt, TaskFailedException failed)
    {
        if (policy is null || attempt >= policy.MaxNumberOfAttempts || !Handles(policy, failed))
        {
            return null;
        }

        if (policy.RetryTimeout != Timeout.InfiniteTimeSpan && CurrentUtcDateTime - firstAttempt >= policy.RetryTimeout)
        {
            return null;
        }

        var ticks = policy.FirstRetryInterval.Ticks * Math.Pow(policy.BackoffCoefficient, attempt - 1);
        return ticks >= policy.MaxRetryInterval.Ticks ? policy.MaxRetryInterval : TimeSpan.FromTicks((long)ticks);
    }

    private static bool Handles(RetryPolicy policy, TaskFailedException failed)
    {
        try
        {
            return policy.Handle(failed);
        }
        catch (InvalidOperationException)
        {
            // The real package's HandleTaskFailureDetails wrapper only accepts DurableTask.Core exceptions, which this
            // host does not create: in real-package builds such a predicate cannot be evaluated, so retry.
            return true;
        }
    }
}
