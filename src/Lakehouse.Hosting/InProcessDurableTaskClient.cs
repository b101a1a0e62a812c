using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Lakehouse.Hosting;

/// <summary>
/// <see cref="DurableTaskClient"/> over an <see cref="InProcessOrchestrationHost"/>. Suspend/Resume are not supported.
/// </summary>
internal sealed class InProcessDurableTaskClient(InProcessOrchestrationHost host) : DurableTaskClient("in-process")
{
    public override Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName.Name, nameof(orchestratorName));
        cancellation.ThrowIfCancellationRequested();
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        host.StartInstance(orchestratorName.Name, instanceId, Payload.Serialize(input), null, options?.StartAt, options?.Tags);
        return Task.FromResult(instanceId);
    }

    public override Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, CancellationToken cancellation) =>
        ScheduleNewOrchestrationInstanceAsync(orchestratorName, null, null, cancellation);

    public override Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input, CancellationToken cancellation) =>
        ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, null, cancellation);

    public override Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, StartOrchestrationOptions options, CancellationToken cancellation = default) =>
        ScheduleNewOrchestrationInstanceAsync(orchestratorName, null, options, cancellation);

    public override Task RaiseEventAsync(
        string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        host.RaiseEvent(instanceId, eventName, Payload.Serialize(eventPayload));
        return Task.CompletedTask;
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, CancellationToken cancellation) =>
        RaiseEventAsync(instanceId, eventName, null, cancellation);

    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        var instance = Require(instanceId);
        await instance.Started.Task.WaitAsync(cancellation);
        return instance.ToMetadata(getInputsAndOutputs);
    }

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, CancellationToken cancellation) =>
        WaitForInstanceStartAsync(instanceId, false, cancellation);

    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        var instance = Require(instanceId);
        await instance.Completion.Task.WaitAsync(cancellation);
        return instance.ToMetadata(getInputsAndOutputs);
    }

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, CancellationToken cancellation) =>
        WaitForInstanceCompletionAsync(instanceId, false, cancellation);

    public override Task TerminateInstanceAsync(string instanceId, CancellationToken cancellation) =>
        TerminateInstanceAsync(instanceId, (TerminateInstanceOptions?)null, cancellation);

    public override Task TerminateInstanceAsync(string instanceId, object? output, CancellationToken cancellation = default) =>
        TerminateInstanceAsync(instanceId, new TerminateInstanceOptions(output), cancellation);

    public override Task TerminateInstanceAsync(
        string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        host.Terminate(instanceId, Payload.Serialize(options?.Output));
        return Task.CompletedTask;
    }

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        throw new NotSupportedException("The in-process orchestration host does not support suspending instances.");

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        throw new NotSupportedException("The in-process orchestration host does not support suspending instances.");

    public override Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, CancellationToken cancellation) =>
        GetInstancesAsync(instanceId, false, cancellation);

    public override Task<OrchestrationMetadata?> GetInstanceAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation);

    public override Task<OrchestrationMetadata?> GetInstancesAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        Task.FromResult(host.Find(instanceId)?.ToMetadata(getInputsAndOutputs));

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        new InstancePageable(host, filter ?? new OrchestrationQuery());

    public override Task<PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellation) =>
        PurgeInstanceAsync(instanceId, null, cancellation);

    public override Task<PurgeResult> PurgeInstanceAsync(
        string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default) =>
        Task.FromResult(new PurgeResult(host.Purge(instanceId) ? 1 : 0));

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private OrchestrationInstance Require(string instanceId) =>
        host.Find(instanceId) ?? throw new InvalidOperationException($"No orchestration instance with ID '{instanceId}' exists.");
}
