using Lakehouse.Core.Catalog;
using Lakehouse.Functions.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// Starts the daily loads on the schedule <see cref="Schedules.DailyLoadSetting"/>. The tick of day T loads day T-1 (the
/// last complete <c>ingest_date=</c> partition) and catches up every day since the last known load: the day after the
/// catalog's latest daily run, or the day of the timer's last recorded occurrence (<see cref="ScheduleStatus.Last"/>),
/// whichever is earlier, at most <see cref="MaxCatchUpDays"/> back. One instance per day (<c>daily-yyyyMMdd</c>): a day
/// that already has one is left alone, so repeated or overlapping ticks start nothing twice.
/// </summary>
public sealed partial class DailyLoadTimer(TimeProvider time, RunCatalog runs, ILogger<DailyLoadTimer> logger)
{
    /// <summary>How far back a tick catches up missed days.</summary>
    public const int MaxCatchUpDays = 31;

    /// <summary>Starts the daily load(s) due.</summary>
    [Function(nameof(DailyLoadTimer))]
    public async Task RunAsync(
        [TimerTrigger("%" + Schedules.DailyLoadSetting + "%")] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var lastLoaded = await runs.GetLastDailyLoadDayAsync(cancellationToken);
        var lastTick = timer?.ScheduleStatus is { Last: var last } && last != default ? DateOnly.FromDateTime(last) : (DateOnly?)null;
        foreach (var day in DaysDue(today, lastLoaded, lastTick))
        {
            var instanceId = InstanceIds.ForDay(day);
            if (await StartDayAsync(client, day, cancellationToken))
            {
                LogStarted(logger, instanceId, timer?.IsPastDue ?? false);
            }
            else
            {
                LogAlreadyStarted(logger, instanceId);
            }
        }
    }

    /// <summary>The days a tick on <paramref name="today"/> must load, oldest first: up to yesterday.</summary>
    public static IReadOnlyList<DateOnly> DaysDue(DateOnly today, DateOnly? lastLoaded, DateOnly? lastTick)
    {
        var yesterday = today.AddDays(-1);
        var from = yesterday;
        if (lastLoaded is { } loaded && loaded.AddDays(1) < from)
        {
            from = loaded.AddDays(1);
        }

        // The tick of day S loaded day S-1, so the missed ticks after it would have loaded S, S+1, ...
        if (lastTick is { } tick && tick < from)
        {
            from = tick;
        }

        var earliest = today.AddDays(-MaxCatchUpDays);
        from = from < earliest ? earliest : from;
        var days = new List<DateOnly>();
        for (var d = from; d <= yesterday; d = d.AddDays(1))
        {
            days.Add(d);
        }

        return days;
    }

    /// <summary>Starts the daily load of <paramref name="day"/> unless its instance exists; true when started.</summary>
    public static async Task<bool> StartDayAsync(DurableTaskClient client, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await client.StartOnceAsync(nameof(DailyLoadOrchestration), new DailyLoadInput("", day), InstanceIds.ForDay(day), cancellationToken);
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Daily load {InstanceId} started (past due: {PastDue})")]
    private static partial void LogStarted(ILogger logger, string instanceId, bool pastDue);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Daily load {InstanceId} already exists; nothing started")]
    private static partial void LogAlreadyStarted(ILogger logger, string instanceId);
}
