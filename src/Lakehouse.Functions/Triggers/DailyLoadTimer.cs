using Lakehouse.Functions.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// Starts the daily load. The schedule is the app setting <c>Lakehouse:DailyLoad:Schedule</c> (NCRONTAB, evaluated in
/// the host's UTC clock; the sample's <c>0 0 9 * * *</c> is 06:00 in São Paulo, UTC-3 without daylight saving time).
/// One instance per calendar day: a repeated tick finds it and starts nothing.
/// </summary>
public sealed partial class DailyLoadTimer(TimeProvider time, ILogger<DailyLoadTimer> logger)
{
    /// <summary>Starts today's daily load unless it already exists.</summary>
    [Function(nameof(DailyLoadTimer))]
    public async Task RunAsync(
        [TimerTrigger("%Lakehouse:DailyLoad:Schedule%")] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var instanceId = InstanceIds.ForDay(today);
        if (await client.GetInstanceAsync(instanceId, false, cancellationToken) is not null)
        {
            LogAlreadyStarted(logger, instanceId);
            return;
        }

        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(DailyLoadOrchestration), new DailyLoadInput(""), new StartOrchestrationOptions { InstanceId = instanceId }, cancellationToken);
        LogStarted(logger, instanceId, timer?.IsPastDue ?? false);
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Daily load {InstanceId} started (past due: {PastDue})")]
    private static partial void LogStarted(ILogger logger, string instanceId, bool pastDue);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Daily load {InstanceId} already exists; nothing started")]
    private static partial void LogAlreadyStarted(ILogger logger, string instanceId);
}
