using Lakehouse.Functions.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// The reconciliation sweep (<see cref="Schedules.ReconcileSetting"/>): starts processing for every bronze object version
/// the catalog has never seen, so a bucket notification lost on the way (MinIO down, queue full, token rotated) loses
/// nothing. It starts exactly what the webhook would have started — an ingest with the instance id
/// <see cref="InstanceIds.ForObject"/> — so an object whose webhook instance exists (running, or finished in any state)
/// is left alone, and a late webhook after the sweep finds the instance and starts nothing.
/// </summary>
public sealed partial class ReconcileTimer(BronzeSweep sweep, ILogger<ReconcileTimer> logger)
{
    /// <summary>Sweeps bronze and starts the missing ingests.</summary>
    [Function(nameof(ReconcileTimer))]
    public async Task RunAsync(
        [TimerTrigger("%" + Schedules.ReconcileSetting + "%")] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var unseen = await sweep.FindUnseenAsync("", cancellationToken);
        var started = 0;
        foreach (var target in unseen)
        {
            var instanceId = InstanceIds.ForObject(target.Bucket, target.Key, target.ETag);
            if (await client.StartOnceAsync(nameof(IngestOrchestration), new IngestInput([target], "reconcile"), instanceId, cancellationToken))
            {
                started++;
            }
        }

        LogSwept(logger, unseen.Count, started, timer?.IsPastDue ?? false);
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Reconciliation: {Unseen} object(s) unknown to the catalog, {Started} ingest(s) started (past due: {PastDue})")]
    private static partial void LogSwept(ILogger logger, int unseen, int started, bool pastDue);
}
