using Lakehouse.Core.Collection;
using Lakehouse.Functions.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// Starts the daily collection on the schedule <see cref="Schedules.CollectSetting"/>: every configured source over the
/// last <see cref="CollectionOptions.LookbackDays"/> days (São Paulo), then the processing of what it stored. One instance
/// per São Paulo day (<see cref="InstanceIds.ForCollectDay"/>): a repeated or overlapping tick starts nothing twice, and
/// collecting a window again stores and loads nothing new anyway.
/// </summary>
public sealed partial class CollectTimer(TimeProvider time, ILogger<CollectTimer> logger)
{
    /// <summary>Starts the day's collection unless it exists.</summary>
    [Function(nameof(CollectTimer))]
    public async Task RunAsync(
        [TimerTrigger("%" + Schedules.CollectSetting + "%")] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var instanceId = InstanceIds.ForCollectDay(CollectionPlanner.Today(time.GetUtcNow().UtcDateTime));
        if (await client.StartOnceAsync(nameof(CollectOrchestration), new CollectInput(), instanceId, cancellationToken))
        {
            LogStarted(logger, instanceId, timer?.IsPastDue ?? false);
        }
        else
        {
            LogAlreadyStarted(logger, instanceId);
        }
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Collection {InstanceId} started (past due: {PastDue})")]
    private static partial void LogStarted(ILogger logger, string instanceId, bool pastDue);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "Collection {InstanceId} already exists; nothing started")]
    private static partial void LogAlreadyStarted(ILogger logger, string instanceId);
}
