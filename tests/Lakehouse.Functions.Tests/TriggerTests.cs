using Lakehouse.Core.Catalog;
using System.Net;
using System.Text.Json;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Functions.Triggers;
using Lakehouse.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lakehouse.Functions.Tests;

/// <summary>The HTTP and timer triggers, invoked as the host would, with the in-process DurableTaskClient.</summary>
public class TriggerTests
{
    internal static MinioEventsTrigger Minio(PipelineHarness h) =>
        new(h.Services.GetRequiredService<IOptions<WebhookOptions>>(), NullLogger<MinioEventsTrigger>.Instance);

    internal static string EventBody(string bucket, string encodedKey, string etag) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["EventName"] = "s3:ObjectCreated:Put",
        ["Key"] = $"{bucket}/{WebUtility.UrlDecode(encodedKey)}",
        ["Records"] = new[]
        {
            new
            {
                eventVersion = "2.0",
                eventSource = "minio:s3",
                eventName = "s3:ObjectCreated:Put",
                s3 = new { s3SchemaVersion = "1.0", bucket = new { name = bucket }, @object = new { key = encodedKey, size = 10, eTag = etag, sequencer = "1" } },
            },
        },
    });

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token-wrong-token")]
    public async Task MinioEvents_WithoutValidToken_Returns401AndStartsNothing(string? token)
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "minio_401");
        var request = new TestHttpRequest("POST", "http://localhost/api/minio-events", EventBody("lake-bronze", "a.csv", "e1"), token);

        var response = (TestHttpResponse)await Minio(harness).RunAsync(request, harness.Client, default);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(PipelineHarness.WebhookToken, response.ReadBody(), StringComparison.Ordinal);
        Assert.Empty(await ListInstancesAsync(harness.Client));
    }

    [Fact]
    public async Task MinioEvents_CreatedObjectThenSameEventAgain_ProcessesOnceWithDecodedKey()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "minio_events");
        using var folder = new TempDirectory();
        var file = OlistSampleGenerator.Write(folder.Path, 20)[0];
        var key = "olist/customer files a+b/ingest_date=2026-11-22/olist_customers_dataset.csv";
        var info = await harness.Store.PutFileAsync(harness.Lake.BronzeBucket, key, file, default);
        var encoded = "olist%2Fcustomer+files+a%2Bb%2Fingest_date%3D2026-11-22%2Folist_customers_dataset.csv";
        var body = EventBody(harness.Lake.BronzeBucket, encoded, info.ETag);

        var first = (TestHttpResponse)await Minio(harness).RunAsync(new TestHttpRequest("POST", "http://localhost/api/minio-events", body, PipelineHarness.WebhookToken), harness.Client, default);
        var instanceId = InstanceIds.ForObject(harness.Lake.BronzeBucket, key, info.ETag);
        var result = await harness.WaitAsync<IngestResult>(instanceId);
        var again = (TestHttpResponse)await Minio(harness).RunAsync(new TestHttpRequest("POST", "http://localhost/api/minio-events", body, PipelineHarness.WebhookToken), harness.Client, default);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Contains(instanceId, first.ReadBody(), StringComparison.Ordinal);
        Assert.Equal(key, result.Objects.Single().Key);
        Assert.Equal(ObjectStatus.Loaded, result.Objects.Single().Status);
        Assert.Equal("customers", result.Objects.Single().Dataset);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        using var json = JsonDocument.Parse(again.ReadBody());
        Assert.Equal(0, json.RootElement.GetProperty("started").GetArrayLength());
        Assert.Equal(instanceId, json.RootElement.GetProperty("duplicates")[0].GetString());
        Assert.Single(await ListInstancesAsync(harness.Client), i => i.Name == nameof(Orchestrations.IngestOrchestration));
    }

    [Fact]
    public async Task RunsApi_StartThenGet_ReportsCompletedRunWithResults()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "runs_api");
        using var folder = new TempDirectory();
        var objects = await harness.UploadAsync([.. OlistSampleGenerator.Write(folder.Path, 30)]);
        var api = harness.Create<RunsApi>();
        var body = JsonSerializer.Serialize(new { keys = objects.Select(o => o.Key) });

        var started = (TestHttpResponse)await api.StartRun(new TestHttpRequest("POST", "http://localhost/api/runs", body), harness.Client, default);
        var runId = JsonDocument.Parse(started.ReadBody()).RootElement.GetProperty("runId").GetString()!;
        await harness.WaitAsync<IngestResult>(runId);
        var status = (TestHttpResponse)await api.GetRun(new TestHttpRequest("GET", $"http://localhost/api/runs/{runId}"), runId, harness.Client, default);
        var missing = (TestHttpResponse)await api.GetRun(new TestHttpRequest("GET", "http://localhost/api/runs/nope"), "nope", harness.Client, default);
        var bad = (TestHttpResponse)await api.StartRun(new TestHttpRequest("POST", "http://localhost/api/runs", "{}"), harness.Client, default);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        using var json = JsonDocument.Parse(status.ReadBody());
        Assert.Equal("Completed", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("result").GetProperty("Objects").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    internal static async Task<List<OrchestrationMetadata>> ListInstancesAsync(DurableTaskClient client)
    {
        var list = new List<OrchestrationMetadata>();
        await foreach (var i in client.GetAllInstancesAsync(new OrchestrationQuery()))
        {
            if (!i.InstanceId.Contains(':', StringComparison.Ordinal))
            {
                list.Add(i);
            }
        }

        return list;
    }
}
