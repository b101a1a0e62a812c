using System.Diagnostics;

using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Lakehouse.Hosting;

/// <summary>Instance lifecycle: start delay, executions (ContinueAsNew), replay check, final status.</summary>
public sealed partial class InProcessOrchestrationHost
{
    private async Task RunInstanceAsync(OrchestrationInstance instance, string? inputJson, DateTimeOffset? startAt)
    {
        var stopping = instance.Cancellation.Token;
        try
        {
            if (startAt is { } at && at > DateTimeOffset.UtcNow)
            {
                await Task.Delay(at - DateTimeOffset.UtcNow, stopping);
            }

            var function = _registry.FindOrchestrator(instance.Name);
            if (function is null)
            {
                instance.Complete(OrchestrationRuntimeStatus.Failed, null, new TaskFailureDetails(
                    typeof(InvalidOperationException).ToString(),
                    $"No orchestrator function named '{instance.Name}' was found in the host's assemblies.", null, null, null));
                return;
            }

            instance.MarkRunning();
            Log.OrchestrationStarted(Logger, instance.Name, instance.InstanceId);
            await RunExecutionsAsync(instance, function, inputJson, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Terminated or host disposed: the status was set by whoever cancelled.
        }
    }

    private async Task RunExecutionsAsync(
        OrchestrationInstance instance, FunctionDescriptor function, string? inputJson, CancellationToken stopping)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var live = await new OrchestrationExecution(this, instance, function, inputJson).RunAsync(stopping);
            instance.AppendHistory(live.History);
            if (live.Outcome == ExecutionOutcome.Aborted)
            {
                return;
            }

            if (Options.ReplayCheck
                && await CheckReplayAsync(instance, function, inputJson, live, stopping) is { } divergence)
            {
                Log.ReplayCheckFailed(Logger, instance.Name, instance.InstanceId);
                var failure = Payload.FailureFrom(new NonDeterministicOrchestrationException(divergence));
                instance.Complete(OrchestrationRuntimeStatus.Failed, null, failure);
                return;
            }

            if (live.Outcome == ExecutionOutcome.ContinuedAsNew)
            {
                inputJson = live.OutputJson;
                instance.ContinueAsNew(inputJson);
                continue;
            }

            if (live.Outcome == ExecutionOutcome.Completed)
            {
                instance.Complete(OrchestrationRuntimeStatus.Completed, live.OutputJson, null);
                Log.OrchestrationCompleted(Logger, instance.Name, instance.InstanceId, stopwatch.ElapsedMilliseconds);
            }
            else
            {
                instance.Complete(OrchestrationRuntimeStatus.Failed, null, live.Failure);
                Log.OrchestrationFailed(Logger, instance.Name, instance.InstanceId,
                    live.Failure?.ErrorType ?? "unknown", stopwatch.ElapsedMilliseconds);
            }

            return;
        }
    }

    /// <summary>Replays the execution against its history; returns the divergence, or null when it matches.</summary>
    private async Task<string?> CheckReplayAsync(
        OrchestrationInstance instance, FunctionDescriptor function, string? inputJson, ExecutionResult live,
        CancellationToken stopping)
    {
        var replay = await new OrchestrationExecution(this, instance, function, inputJson, live.History).RunAsync(stopping);
        var prefix = $"Orchestration '{instance.Name}' ({instance.InstanceId}) is non-deterministic: ";
        return replay.Outcome switch
        {
            ExecutionOutcome.Aborted => null,
            ExecutionOutcome.Diverged => replay.Divergence,
            _ when replay.Outcome != live.Outcome =>
                prefix + $"it ended {live.Outcome} on first execution but {replay.Outcome} on replay.",
            ExecutionOutcome.Failed when replay.Failure?.ErrorType != live.Failure?.ErrorType =>
                prefix + $"it failed with {live.Failure?.ErrorType} on first execution but {replay.Failure?.ErrorType} on replay.",
            ExecutionOutcome.Completed or ExecutionOutcome.ContinuedAsNew when replay.OutputJson != live.OutputJson =>
                prefix + $"its output was {Payload.Describe(live.OutputJson)} on first execution but " +
                $"{Payload.Describe(replay.OutputJson)} on replay.",
            _ => null,
        };
    }
}
