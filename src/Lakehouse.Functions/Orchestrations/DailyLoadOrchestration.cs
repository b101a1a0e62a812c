using Lakehouse.Functions.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Functions.Orchestrations;

/// <summary>
/// The daily load: finds the bronze objects the catalog has not processed and runs them as one ingest run. Started
/// by the timer with one instance id per day, so a repeated or late tick starts nothing twice; and since it sweeps
/// everything unprocessed, a missed day or a lost bucket notification is caught up by the next run.
/// </summary>
public static class DailyLoadOrchestration
{
    /// <summary>Sweeps and processes.</summary>
    [Function(nameof(DailyLoadOrchestration))]
    public static async Task<IngestResult> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.GetInput<DailyLoadInput>() ?? new DailyLoadInput("");
        var pending = await context.CallActivityAsync<IReadOnlyList<ObjectRef>>(
            nameof(FindUnprocessedObjectsActivity), new FindUnprocessedObjectsInput(input.Prefix), ProcessObjectOrchestration.IoRetry);
        return await context.CallSubOrchestratorAsync<IngestResult>(
            nameof(IngestOrchestration), new IngestInput(pending, "daily"), new SubOrchestrationOptions { InstanceId = $"{context.InstanceId}:ingest" });
    }
}
