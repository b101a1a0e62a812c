using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Hosting;

/// <summary>Live side effects of orchestrator actions: activities, sub-orchestrations, timers, sent events.</summary>
public sealed partial class InProcessOrchestrationHost
{
    internal void StartCall(
        OrchestrationExecution execution, HistoryEventKind kind, int taskId, string name, string? inputJson, string? instanceId)
    {
        // Task.Run: the work must not capture the orchestrator's synchronization context.
        Track(kind == HistoryEventKind.TaskScheduled
            ? Task.Run(() => RunActivityAsync(execution, taskId, name, inputJson))
            : Task.Run(() => RunSubOrchestrationAsync(execution, taskId, name, instanceId!, inputJson)));
    }

    internal void StartTimer(OrchestrationExecution execution, int taskId, TimeSpan delay, DateTime fireAt)
    {
        var scaled = delay <= TimeSpan.Zero || Options.TimeScale == 0
            ? TimeSpan.Zero
            : TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * Options.TimeScale, int.MaxValue - 1));
        var stopping = execution.Instance.Cancellation.Token;
        Track(Task.Run(async () =>
        {
            if (scaled > TimeSpan.Zero)
            {
                await Task.Delay(scaled, stopping);
            }

            execution.PostLive(new HistoryEvent(HistoryEventKind.TimerFired, default) { TaskId = taskId, FireAt = fireAt });
        }, stopping));
    }

    internal void RaiseEventFromOrchestration(string instanceId, string eventName, string? payloadJson) =>
        Track(Task.Run(() => RaiseEvent(instanceId, eventName, payloadJson)));

    private async Task RunActivityAsync(OrchestrationExecution execution, int taskId, string name, string? inputJson)
    {
        var stopping = _stopping.Token;
        await _activitySlots.WaitAsync(stopping);
        HistoryEvent outcome;
        try
        {
            var function = _registry.FindActivity(name)
                ?? throw new InvalidOperationException($"No activity function named '{name}' was found in the host's assemblies.");
            var scope = Services.CreateAsyncScope();
            await using (scope)
            {
                var context = new InProcessFunctionContext(function, scope.ServiceProvider, stopping);
                var result = await FunctionInvoker.InvokeAsync(function, scope.ServiceProvider, inputJson, null, context, stopping);
                outcome = new HistoryEvent(HistoryEventKind.TaskCompleted, default) { TaskId = taskId, Payload = Payload.Serialize(result) };
            }
        }
#pragma warning disable CA1031 // Any activity failure is reported to the orchestrator as TaskFailedException, as in Durable.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.ActivityFailed(Logger, name, taskId, execution.InstanceId, ex.GetType().ToString());
            outcome = new HistoryEvent(HistoryEventKind.TaskFailed, default) { TaskId = taskId, Failure = Payload.FailureFrom(ex) };
        }
        finally
        {
            _activitySlots.Release();
        }

        execution.PostLive(outcome);
    }

    private async Task RunSubOrchestrationAsync(
        OrchestrationExecution execution, int taskId, string name, string instanceId, string? inputJson)
    {
        HistoryEvent outcome;
        try
        {
            var parent = new ParentOrchestrationInstance(execution.Name, execution.InstanceId);
            var child = StartInstance(name, instanceId, inputJson, parent, null, null);
            await child.Completion.Task.WaitAsync(execution.Instance.Cancellation.Token);
            var metadata = child.ToMetadata(includePayloads: true);
            outcome = metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed
                ? new HistoryEvent(HistoryEventKind.SubOrchestrationCompleted, default) { Payload = metadata.SerializedOutput }
                : new HistoryEvent(HistoryEventKind.SubOrchestrationFailed, default)
                {
                    Failure = metadata.FailureDetails ?? new TaskFailureDetails(typeof(InvalidOperationException).ToString(),
                        $"Sub-orchestration '{name}' ({instanceId}) ended {metadata.RuntimeStatus}.", null, null, null),
                };
        }
        catch (OperationCanceledException) when (execution.Instance.Cancellation.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // E.g. the child instance id is already running: the call fails, as in Durable.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            outcome = new HistoryEvent(HistoryEventKind.SubOrchestrationFailed, default) { Failure = Payload.FailureFrom(ex) };
        }

        execution.PostLive(outcome with { TaskId = taskId });
    }
}
