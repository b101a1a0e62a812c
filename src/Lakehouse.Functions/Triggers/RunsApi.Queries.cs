using System.Globalization;
using System.Net;
using System.Text.Json;
using Lakehouse.Core.Catalog;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;

namespace Lakehouse.Functions.Triggers;

/// <summary>The read side of the runs API.</summary>
public sealed partial class RunsApi
{
    /// <summary>Default <c>?limit=</c> of <c>GET /api/runs</c>.</summary>
    public const int DefaultLimit = 20;

    /// <summary>Largest <c>?limit=</c> of <c>GET /api/runs</c>.</summary>
    public const int MaxLimit = 200;

    /// <summary><c>GET /api/runs?limit=N</c>: recent runs from the catalog, newest first, with their orchestration status.</summary>
    [Function(nameof(ListRuns))]
    public async Task<HttpResponseData> ListRuns(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "runs")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var limit = int.TryParse(request.Query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, MaxLimit) : DefaultLimit;
        var list = new List<object>();
        foreach (var run in await catalog.ListRunsAsync(limit, cancellationToken))
        {
            var instance = await client.GetInstanceAsync(run.RunId, false, cancellationToken);
            list.Add(new { run, orchestration = instance?.RuntimeStatus.ToString() });
        }

        return await HttpJson.WriteAsync(request, HttpStatusCode.OK, new { runs = list }, cancellationToken);
    }

    /// <summary>
    /// <c>GET /api/runs/{id}</c>: the orchestration's status, progress and result (when the task hub still has it), the
    /// catalog's run with its counts, and every object with its per-stage status and row counts.
    /// </summary>
    [Function(nameof(GetRun))]
    public async Task<HttpResponseData> GetRun(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "runs/{id}")] HttpRequestData request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var instance = await client.GetInstanceAsync(id, true, cancellationToken);
        var run = await runs.GetRunAsync(id, cancellationToken) ?? await runs.GetRunAsync($"{id}:ingest", cancellationToken);
        if (instance is null && run is null)
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.NotFound, $"no run '{id}'", cancellationToken);
        }

        var objects = run is null ? [] : await runs.GetRunObjectsAsync(run.RunId, cancellationToken);
        return await HttpJson.WriteAsync(request, HttpStatusCode.OK, new
        {
            runId = id,
            name = instance?.Name,
            status = instance?.RuntimeStatus.ToString(),
            createdAt = instance?.CreatedAt,
            lastUpdatedAt = instance?.LastUpdatedAt,
            progress = Parse(instance?.SerializedCustomStatus),
            result = Parse(instance?.SerializedOutput),
            error = instance?.FailureDetails?.ErrorMessage,
            run,
            objects,
        }, cancellationToken);
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
