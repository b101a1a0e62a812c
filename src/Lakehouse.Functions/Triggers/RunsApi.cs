using System.Net;
using System.Text.Json;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Storage;
using Lakehouse.Functions.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// HTTP API over runs: start (keys or daily loads), rerun, list, inspect. Function-level authorization: callers send a
/// function or host key (<c>x-functions-key</c> header or <c>?code=</c>).
/// </summary>
public sealed partial class RunsApi(IOptions<LakeOptions> lake, LakeCatalog catalog, RunCatalog runs)
{
    private const string Usage = "body must be {\"keys\": [\"<bronze key>\", ...]} or {\"daily\": {\"date\": \"yyyy-MM-dd\"}} or {\"daily\": {\"from\": \"yyyy-MM-dd\", \"to\": \"yyyy-MM-dd\"}}";

    /// <summary><c>POST /api/runs</c>: starts an ingest of the given keys, or the daily loads of a day range; 202.</summary>
    [Function(nameof(StartRun))]
    public async Task<HttpResponseData> StartRun(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "runs")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        StartRunRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<StartRunRequest>(request.Body, HttpJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body?.Daily is { } daily)
        {
            return await StartDailyAsync(request, client, daily, cancellationToken);
        }

        if (body?.Keys is not { Count: > 0 })
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.BadRequest, Usage, cancellationToken);
        }

        var bucket = body.Bucket ?? lake.Value.BronzeBucket;
        var input = new IngestInput([.. body.Keys.Select(k => new ObjectRef(bucket, k, null, body.Dataset))]);
        var runId = await client.ScheduleNewOrchestrationInstanceAsync(nameof(IngestOrchestration), input, null, cancellationToken);
        return await HttpJson.WriteAsync(request, HttpStatusCode.Accepted, new { runId, statusUri = $"/api/runs/{runId}" }, cancellationToken);
    }

    /// <summary>
    /// <c>POST /api/runs/{id}/rerun</c>: a new run over the objects run <paramref name="id"/> processed, forced: objects
    /// already loaded are transformed, validated and loaded again (idempotent: the warehouse ends up the same unless the
    /// code or configuration changed, which is what a rerun is for). The current version of each key is processed.
    /// </summary>
    [Function(nameof(RerunRun))]
    public async Task<HttpResponseData> RerunRun(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "runs/{id}/rerun")] HttpRequestData request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var (catalogRunId, objects) = await FindRunObjectsAsync(id, cancellationToken);
        if (objects.Count == 0)
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.NotFound, $"no objects recorded for run '{id}'", cancellationToken);
        }

        var input = new IngestInput([.. objects.Select(o => new ObjectRef(o.Bucket, o.Key, o.ETag, o.Dataset))], "rerun", Force: true);
        var runId = await client.ScheduleNewOrchestrationInstanceAsync(nameof(IngestOrchestration), input, null, cancellationToken);
        return await HttpJson.WriteAsync(request, HttpStatusCode.Accepted, new { runId, rerunOf = catalogRunId, objects = objects.Count, statusUri = $"/api/runs/{runId}" }, cancellationToken);
    }

    private static async Task<HttpResponseData> StartDailyAsync(HttpRequestData request, DurableTaskClient client, DailyRange daily, CancellationToken cancellationToken)
    {
        var days = daily.Days();
        if (days.Count == 0)
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.BadRequest, $"daily needs a date, or from <= to within {DailyRange.MaxDays} days", cancellationToken);
        }

        var started = new List<string>();
        var existing = new List<string>();
        foreach (var day in days)
        {
            (await DailyLoadTimer.StartDayAsync(client, day, cancellationToken) ? started : existing).Add(InstanceIds.ForDay(day));
        }

        return await HttpJson.WriteAsync(request, HttpStatusCode.Accepted, new { started, existing }, cancellationToken);
    }

    /// <summary>A daily load's catalog run is its ingest sub-orchestration, <c>{id}:ingest</c>.</summary>
    private async Task<(string RunId, IReadOnlyList<RunObject> Objects)> FindRunObjectsAsync(string id, CancellationToken cancellationToken)
    {
        var objects = await runs.GetRunObjectsAsync(id, cancellationToken);
        return objects.Count > 0 ? (id, objects) : ($"{id}:ingest", await runs.GetRunObjectsAsync($"{id}:ingest", cancellationToken));
    }
}
