using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// Starts an orchestration under a deterministic instance id unless that instance already exists: the one mechanism
/// behind "a repeated event, tick or sweep starts nothing new" (webhook, daily timer, reconciliation).
/// </summary>
public static class StartOnce
{
    /// <summary>Starts <paramref name="orchestrator"/> as <paramref name="instanceId"/>; false when it already existed.</summary>
    public static async Task<bool> StartOnceAsync(this DurableTaskClient client, TaskName orchestrator, object input, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (await client.GetInstanceAsync(instanceId, false, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions { InstanceId = instanceId }, cancellationToken);
            return true;
        }
        catch (InvalidOperationException)
        {
            // Two deliveries raced between the check and the start: if the instance exists, the other one started it.
            if (await client.GetInstanceAsync(instanceId, false, cancellationToken) is null)
            {
                throw;
            }

            return false;
        }
    }
}
