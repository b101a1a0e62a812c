using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Functions.Orchestrations;
using Lakehouse.Functions.Triggers;
using Lakehouse.Testing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lakehouse.Functions.Tests;

/// <summary>The daily-load catch-up and the reconciliation sweep, on the in-process host over a real catalog.</summary>
public class TimerTests
{
    private static readonly DateOnly Day20 = new(2026, 11, 20);

    [Fact]
    public async Task DailyLoadTimer_ThreeMissedTicks_StartsOneLoadPerDayEachLoadingItsPartitionAndRepeatStartsNothing()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "daily_catch_up");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 25);
        await harness.UploadAsync(Day20, files[0]);
        await harness.UploadAsync(Day20.AddDays(1), files[1]);
        await harness.UploadAsync(Day20.AddDays(2), files[2]);
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 5, TimeSpan.Zero));
        var timer = new DailyLoadTimer(clock, harness.Services.GetRequiredService<RunCatalog>(), NullLogger<DailyLoadTimer>.Instance);
        var lastTick = new TimerInfo { IsPastDue = true, ScheduleStatus = new ScheduleStatus { Last = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc) } };

        await timer.RunAsync(lastTick, harness.Client, default);
        var results = new List<IngestResult>();
        foreach (var day in new[] { "20261120", "20261121", "20261122" })
        {
            results.Add(await harness.WaitAsync<IngestResult>($"daily-{day}"));
        }

        await timer.RunAsync(lastTick, harness.Client, default);
        await timer.RunAsync(new TimerInfo(), harness.Client, default);

        Assert.Equal(["customers", "orders", "order_items"], results.Select(r => r.Objects.Single().Dataset));
        Assert.All(results, PipelineHarness.AssertAllLoaded);
        Assert.Equal(3, (await TriggerTests.ListInstancesAsync(harness.Client)).Count(i => i.Name == nameof(DailyLoadOrchestration)));
        Assert.Equal(File.ReadAllLines(files[2]).Length - 1, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order_item"));
        Assert.Equal(25, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order"));
    }

    [Theory]
    [InlineData(null, null, "2026-11-22")]
    [InlineData("2026-11-22", null, "2026-11-22")]
    [InlineData("2026-11-19", null, "2026-11-20,2026-11-21,2026-11-22")]
    [InlineData(null, "2026-11-21", "2026-11-21,2026-11-22")]
    [InlineData("2026-11-21", "2026-11-20", "2026-11-20,2026-11-21,2026-11-22")]
    [InlineData("2026-11-23", null, "2026-11-22")]
    public void DaysDue_LastLoadAndLastTick_CatchesUpFromTheEarlierUpToYesterday(string? lastLoaded, string? lastTick, string expected)
    {
        var today = new DateOnly(2026, 11, 23);

        var days = DailyLoadTimer.DaysDue(today, Parse(lastLoaded), Parse(lastTick));

        Assert.Equal(expected, string.Join(',', days.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void DaysDue_LongOutage_CatchesUpAtMostMaxCatchUpDays()
    {
        var today = new DateOnly(2026, 11, 23);

        var days = DailyLoadTimer.DaysDue(today, new DateOnly(2025, 1, 1), null);

        Assert.Equal(DailyLoadTimer.MaxCatchUpDays, days.Count);
        Assert.Equal(today.AddDays(-DailyLoadTimer.MaxCatchUpDays), days[0]);
        Assert.Equal(today.AddDays(-1), days[^1]);
    }

    [Fact]
    public async Task ReconcileTimer_ObjectWhoseWebhookWasLost_IsIngestedUnderTheWebhookInstanceIdOnce()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "reconcile");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 15);
        var notified = (await harness.UploadAsync(files[0])).Single();
        var minio = TriggerTests.Minio(harness);
        await minio.RunAsync(new TestHttpRequest("POST", "http://localhost/api/minio-events", TriggerTests.EventBody(notified.Bucket, notified.Key, notified.ETag!), PipelineHarness.WebhookToken), harness.Client, default);
        var notifiedId = InstanceIds.ForObject(notified.Bucket, notified.Key, notified.ETag);
        await harness.WaitAsync<IngestResult>(notifiedId);
        var lost = (await harness.UploadAsync(files[1])).Single();
        var sweep = harness.Create<ReconcileTimer>();

        await sweep.RunAsync(new TimerInfo(), harness.Client, default);
        var lostId = InstanceIds.ForObject(lost.Bucket, lost.Key, lost.ETag);
        var result = await harness.WaitAsync<IngestResult>(lostId);
        await sweep.RunAsync(new TimerInfo(), harness.Client, default);
        var late = (TestHttpResponse)await minio.RunAsync(new TestHttpRequest("POST", "http://localhost/api/minio-events", TriggerTests.EventBody(lost.Bucket, lost.Key, lost.ETag!), PipelineHarness.WebhookToken), harness.Client, default);

        Assert.Equal("orders", result.Objects.Single().Dataset);
        PipelineHarness.AssertAllLoaded(result);
        Assert.Equal(15, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order"));
        var instances = (await TriggerTests.ListInstancesAsync(harness.Client)).Select(i => i.InstanceId).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { notifiedId, lostId }.Order(StringComparer.Ordinal), instances);
        using var json = System.Text.Json.JsonDocument.Parse(late.ReadBody());
        Assert.Equal(0, json.RootElement.GetProperty("started").GetArrayLength());
        Assert.Equal(lostId, json.RootElement.GetProperty("duplicates")[0].GetString());
        Assert.Equal("reconcile", await harness.ScalarAsync<string>($"SELECT kind FROM lakehouse.runs WHERE run_id = '{lostId}'"));
    }

    private static DateOnly? Parse(string? day) => day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
}
