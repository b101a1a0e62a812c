using System.Net;
using System.Text.Json;
using Lakehouse.Core.Collection;
using Lakehouse.Functions.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// <c>POST /api/collect</c>: starts a <see cref="CollectOrchestration"/> (a backfill or an extra collection); 202 with
/// its id and status URI. The request is planned first, so an unknown source or series, or a reversed range, is a 400
/// that names it and nothing starts. Function-level authorization (<c>x-functions-key</c> or <c>?code=</c>).
/// </summary>
public sealed class CollectApi(CollectionTasks collection, TimeProvider time)
{
    private const string Usage = "body must be {} or {\"source\": \"bcb|weather|folder\", \"series\": [433], \"from\": \"yyyy-MM-dd\", \"to\": \"yyyy-MM-dd\"}";

    /// <summary>Starts the collection.</summary>
    [Function(nameof(StartCollect))]
    public async Task<HttpResponseData> StartCollect(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "collect")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        CollectRequest body;
        try
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(cancellationToken);
            body = (string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<CollectRequest>(text, HttpJson.Options)) ?? new CollectRequest(null, null, null, null);
        }
        catch (JsonException)
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.BadRequest, Usage, cancellationToken);
        }

        int tasks;
        try
        {
            tasks = collection.Plan(new CollectionRequest(body.Source, body.Series, body.From, body.To), time.GetUtcNow().UtcDateTime).Count;
        }
        catch (CollectionRequestException e)
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.BadRequest, e.Message, cancellationToken);
        }

        var input = new CollectInput(body.Source, body.Series, body.From, body.To);
        var collectId = await client.ScheduleNewOrchestrationInstanceAsync(nameof(CollectOrchestration), input, null, cancellationToken);
        return await HttpJson.WriteAsync(request, HttpStatusCode.Accepted,
            new { collectId, tasks, statusUri = $"/api/runs/{collectId}", ingestId = CollectOrchestration.IngestId(collectId) }, cancellationToken);
    }
}
