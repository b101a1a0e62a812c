using System.Net;
using System.Text.Json;
using Lakehouse.Core.Storage;
using Lakehouse.Functions.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Lakehouse.Functions.Triggers;

/// <summary>Request body of <c>POST /api/runs</c>: bronze keys to ingest (bucket defaults to the bronze bucket).</summary>
public sealed record StartRunRequest(IReadOnlyList<string>? Keys, string? Bucket, string? Dataset);

/// <summary>HTTP API to start an ingest run and to inspect one. Function-level authorization (a function key).</summary>
public sealed class RunsApi(IOptions<LakeOptions> lake)
{
    /// <summary><c>POST /api/runs</c>: starts an ingest of the given keys; 202 with the run id.</summary>
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

        if (body?.Keys is not { Count: > 0 })
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.BadRequest, "body must be {\"keys\": [\"<bronze key>\", ...]}", cancellationToken);
        }

        var bucket = body.Bucket ?? lake.Value.BronzeBucket;
        var input = new IngestInput([.. body.Keys.Select(k => new ObjectRef(bucket, k, null, body.Dataset))]);
        var runId = await client.ScheduleNewOrchestrationInstanceAsync(nameof(IngestOrchestration), input, null, cancellationToken);
        return await HttpJson.WriteAsync(request, HttpStatusCode.Accepted, new { runId, statusUri = $"/api/runs/{runId}" }, cancellationToken);
    }

    /// <summary><c>GET /api/runs/{id}</c>: the run's status, progress and, when finished, its per-object results.</summary>
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
        if (instance is null)
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.NotFound, $"no run '{id}'", cancellationToken);
        }

        return await HttpJson.WriteAsync(request, HttpStatusCode.OK, new
        {
            runId = instance.InstanceId,
            name = instance.Name,
            status = instance.RuntimeStatus.ToString(),
            createdAt = instance.CreatedAt,
            lastUpdatedAt = instance.LastUpdatedAt,
            progress = Parse(instance.SerializedCustomStatus),
            result = Parse(instance.SerializedOutput),
            error = instance.FailureDetails?.ErrorMessage,
        }, cancellationToken);
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
