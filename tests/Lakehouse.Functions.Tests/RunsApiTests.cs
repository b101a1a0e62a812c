using Lakehouse.Core.Catalog;
using System.Net;
using System.Text.Json;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Functions.Triggers;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests;

/// <summary>The runs API on the in-process host: list, per-stage detail, daily ranges and forced reruns.</summary>
public class RunsApiTests
{
    [Fact]
    public async Task GetRun_CompletedRun_ReportsEveryStageOfEveryObjectWithTheWarehouseCounts()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "runs_detail");
        using var folder = new TempDirectory();
        var run = await harness.IngestAsync(await harness.UploadAsync([.. OlistSampleGenerator.Write(folder.Path, 40)]));
        var api = harness.Create<RunsApi>();

        var response = (TestHttpResponse)await api.GetRun(Get($"runs/{run.RunId}"), run.RunId, harness.Client, default);
        var list = (TestHttpResponse)await api.ListRuns(Get("runs?limit=5"), harness.Client, default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(response.ReadBody());
        Assert.Equal("succeeded", json.RootElement.GetProperty("run").GetProperty("status").GetString());
        var objects = json.RootElement.GetProperty("objects").EnumerateArray().ToList();
        Assert.Equal(3, objects.Count);
        // Order items have expectations that consult the warehouse: checked at their load turn, a stage of their own.
        Assert.All(objects, o => Assert.Equal(
            o.GetProperty("dataset").GetString() == "order_items"
                ? ["register:succeeded", "transform:succeeded", "validate:succeeded", "references:succeeded", "load:succeeded"]
                : ["register:succeeded", "transform:succeeded", "validate:succeeded", "load:succeeded"],
            o.GetProperty("stages").EnumerateArray().Select(s => $"{s.GetProperty("stage").GetString()}:{s.GetProperty("status").GetString()}")));
        var orders = objects.Single(o => o.GetProperty("dataset").GetString() == "orders");
        var loadRows = orders.GetProperty("stages")[3].GetProperty("rows").GetInt64();
        Assert.Equal(await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_order"), loadRows);
        Assert.Equal(loadRows, orders.GetProperty("rowsLoaded").GetInt64());
        using var runs = JsonDocument.Parse(list.ReadBody());
        var listed = runs.RootElement.GetProperty("runs")[0];
        Assert.Equal(run.RunId, listed.GetProperty("run").GetProperty("runId").GetString());
        Assert.Equal("Completed", listed.GetProperty("orchestration").GetString());
    }

    [Fact]
    public async Task Rerun_LoadedRun_ReprocessesEveryObjectAndLeavesTheWarehouseUnchanged()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "runs_rerun");
        using var folder = new TempDirectory();
        var first = await harness.IngestAsync(await harness.UploadAsync([.. OlistSampleGenerator.Write(folder.Path, 30)]));
        var before = await harness.WarehouseFingerprintAsync();
        var api = harness.Create<RunsApi>();

        var response = (TestHttpResponse)await api.RerunRun(Post($"runs/{first.RunId}/rerun", ""), first.RunId, harness.Client, default);
        var rerunId = JsonDocument.Parse(response.ReadBody()).RootElement.GetProperty("runId").GetString()!;
        var rerun = await harness.WaitAsync<IngestResult>(rerunId);
        var plainAgain = await harness.IngestAsync(first.Objects.Select(o => new ObjectRef(o.Bucket, o.Key, null, null)).ToList());
        var missing = (TestHttpResponse)await api.RerunRun(Post("runs/nope/rerun", ""), "nope", harness.Client, default);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        PipelineHarness.AssertAllLoaded(rerun);
        Assert.Equal(first.Objects.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.RowsLoaded), rerun.Objects.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.RowsLoaded));
        Assert.Equal(before, await harness.WarehouseFingerprintAsync());
        Assert.Equal("rerun", await harness.ScalarAsync<string>($"SELECT kind FROM lakehouse.runs WHERE run_id = '{rerunId}'"));
        Assert.Equal(13, await harness.ScalarAsync<int>($"SELECT count(*) FROM lakehouse.stage_results WHERE run_id = '{rerunId}'")); // 3 objects x 4 stages, and the items' references
        Assert.All(plainAgain.Objects, o => Assert.Equal(ObjectStatus.Skipped, o.Status));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task StartRun_DailyRange_StartsOneLoadPerDayAndReportsExistingDaysOnRepeat()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "runs_daily");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 10);
        await harness.UploadAsync(new DateOnly(2026, 11, 2), files[0]);
        var api = harness.Create<RunsApi>();
        const string body = """{"daily": {"from": "2026-11-01", "to": "2026-11-03"}}""";

        var first = (TestHttpResponse)await api.StartRun(Post("runs", body), harness.Client, default);
        var loads = new List<IngestResult>();
        foreach (var day in new[] { "20261101", "20261102", "20261103" })
        {
            loads.Add(await harness.WaitAsync<IngestResult>($"daily-{day}"));
        }

        var again = (TestHttpResponse)await api.StartRun(Post("runs", """{"daily": {"date": "2026-11-02"}}"""), harness.Client, default);
        var reversed = (TestHttpResponse)await api.StartRun(Post("runs", """{"daily": {"from": "2026-11-03", "to": "2026-11-01"}}"""), harness.Client, default);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal([0, 1, 0], loads.Select(l => l.Objects.Count));
        Assert.Equal("customers", loads[1].Objects.Single().Dataset);
        using var json = JsonDocument.Parse(again.ReadBody());
        Assert.Equal(0, json.RootElement.GetProperty("started").GetArrayLength());
        Assert.Equal("daily-20261102", json.RootElement.GetProperty("existing")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
    }

    private static TestHttpRequest Get(string path) => new("GET", $"http://localhost/api/{path}");

    private static TestHttpRequest Post(string path, string body) => new("POST", $"http://localhost/api/{path}", body);
}
