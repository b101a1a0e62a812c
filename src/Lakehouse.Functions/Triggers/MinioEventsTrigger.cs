using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lakehouse.Functions.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// Receives MinIO bucket notifications (webhook target) and starts one ingest orchestration per created object,
/// with an instance id derived from bucket/key/ETag: a re-delivered event finds its instance and starts nothing.
/// Anonymous at the Functions level because MinIO cannot send a function key; the bearer token is checked here.
/// </summary>
public sealed partial class MinioEventsTrigger(IOptions<WebhookOptions> options, ILogger<MinioEventsTrigger> logger)
{
    /// <summary>Handles one notification (POST) or MinIO's liveness probe (HEAD).</summary>
    [Function(nameof(MinioEventsTrigger))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", "head", Route = "minio-events")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        if (!IsAuthorized(request))
        {
            LogUnauthorized(logger);
            return await HttpJson.ErrorAsync(request, HttpStatusCode.Unauthorized, "missing or wrong bearer token", cancellationToken);
        }

        if (string.Equals(request.Method, "HEAD", StringComparison.OrdinalIgnoreCase))
        {
            return await HttpJson.WriteAsync(request, HttpStatusCode.OK, new { status = "ready" }, cancellationToken);
        }

        MinioEvent? notification;
        try
        {
            notification = await JsonSerializer.DeserializeAsync<MinioEvent>(request.Body, HttpJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.BadRequest, "body is not a MinIO event (JSON)", cancellationToken);
        }

        var started = new List<string>();
        var duplicates = new List<string>();
        foreach (var target in CreatedObjects(notification))
        {
            var instanceId = InstanceIds.ForObject(target.Bucket, target.Key, target.ETag);
            var isNew = await client.StartOnceAsync(nameof(IngestOrchestration), new IngestInput([target], "object"), instanceId, cancellationToken);
            (isNew ? started : duplicates).Add(instanceId);
        }

        LogReceived(logger, started.Count, duplicates.Count);
        return await HttpJson.WriteAsync(request, HttpStatusCode.Accepted, new { started, duplicates }, cancellationToken);
    }

    /// <summary>The created objects of a notification, keys URL-decoded as MinIO encodes them.</summary>
    public static IEnumerable<ObjectRef> CreatedObjects(MinioEvent? notification) =>
        (notification?.Records ?? [])
            .Where(r => r.EventName?.StartsWith("s3:ObjectCreated:", StringComparison.Ordinal) == true)
            .Where(r => r.S3?.Bucket?.Name is not null && r.S3.Object?.Key is not null)
            .Select(r => new ObjectRef(r.S3!.Bucket!.Name!, WebUtility.UrlDecode(r.S3.Object!.Key!), r.S3.Object.ETag, null));

    private bool IsAuthorized(HttpRequestData request)
    {
        var expected = options.Value.Token;
        if (expected.Length == 0 || !request.Headers.TryGetValues("Authorization", out var values))
        {
            return false;
        }

        var header = values.FirstOrDefault() ?? "";
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(expected));
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Rejected a bucket notification without a valid bearer token")]
    private static partial void LogUnauthorized(ILogger logger);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Bucket notification: {Started} ingest(s) started, {Duplicates} duplicate(s) ignored")]
    private static partial void LogReceived(ILogger logger, int started, int duplicates);
}
