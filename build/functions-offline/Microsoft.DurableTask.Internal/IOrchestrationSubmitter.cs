namespace Microsoft.DurableTask.Internal;

/// <summary>Stand-in: internal-use interface implemented by DurableTaskClient.</summary>
public interface IOrchestrationSubmitter
{
    Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName,
        object? input = null,
        StartOrchestrationOptions? options = null,
        CancellationToken cancellation = default);
}
