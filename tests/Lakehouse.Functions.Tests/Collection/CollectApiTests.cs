using System.Net;
using System.Text.Json;
using Lakehouse.Core.Catalog;
using Lakehouse.Functions.Orchestrations;
using Lakehouse.Functions.Triggers;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests.Collection;

/// <summary><c>POST /api/collect</c> on the in-process host, against the replay server.</summary>
public sealed class CollectApiTests
{
    [RequiresRecordedAnswersFact]
    public async Task StartCollect_SeriesAndRange_StartsACollectionThatLoadsIt_UnknownSeriesIs400NamingIt()
    {
        using var server = new ReplayServer();
        await using var harness = await CollectHarness.CreateAsync(server, "collect_api");
        var api = harness.Create<CollectApi>();

        var accepted = (TestHttpResponse)await api.StartCollect(Post("""{"source": "bcb", "series": [4390], "from": "2016-01-01", "to": "2025-12-31"}"""), harness.Client, default);
        using var body = JsonDocument.Parse(accepted.ReadBody());
        var result = await harness.WaitAsync<CollectResult>(body.RootElement.GetProperty("collectId").GetString()!);
        var unknown = (TestHttpResponse)await api.StartCollect(Post("""{"series": [4390, 123456]}"""), harness.Client, default);
        var malformed = (TestHttpResponse)await api.StartCollect(Post("""{"from": "yesterday"}"""), harness.Client, default);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(1, body.RootElement.GetProperty("tasks").GetInt32());
        Assert.Equal(1, result.Stored);
        Assert.Equal(ObjectStatus.Loaded, Assert.Single(result.Ingest!.Objects).Status);
        Assert.Equal(120, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_indicator"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("123456", unknown.ReadBody(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    private static TestHttpRequest Post(string body) => new("POST", "http://localhost/api/collect", body);
}
