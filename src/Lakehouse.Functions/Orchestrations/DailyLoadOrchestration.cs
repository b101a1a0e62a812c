using Lakehouse.Functions.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Functions.Orchestrations;

/// <summary>
/// The daily load of one day: finds the bronze objects of that day's partition (<c>…/ingest_date=yyyy-MM-dd/…</c>) that
/// the catalog has not processed and runs them as one ingest run. Started by the timer (and <c>POST /api/runs</c>) with
/// the instance id <c>daily-yyyyMMdd</c>, so a repeated or late tick starts nothing twice; missed days are caught up one
/// instance per day by <see cref="Triggers.DailyLoadTimer"/>, lost bucket notifications by <see cref="Triggers.ReconcileTimer"/>.
/// </summary>
public static class DailyLoadOrchestration
{
    /// <summary>Sweeps and processes.</summary>
    [Function(nameof(DailyLoadOrchestration))]
    public static async Task<IngestResult> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context, DailyLoadInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var pending = await context.CallActivityAsync<IReadOnlyList<ObjectRef>>(
            nameof(FindUnprocessedObjectsActivity), new FindUnprocessedObjectsInput(input.Prefix, input.Day), Retries.Transient);
        return await context.CallSubOrchestratorAsync<IngestResult>(
            nameof(IngestOrchestration), new IngestInput(pending, "daily"), new SubOrchestrationOptions { InstanceId = $"{context.InstanceId}:ingest" });
    }
}
