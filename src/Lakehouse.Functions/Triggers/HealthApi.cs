using System.Diagnostics;
using System.Net;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// <c>GET /api/health</c>: PostgreSQL reachable with every migration applied, the lake reachable (the bronze bucket
/// lists), and the task hub answering (the Durable client can look an instance up). 200 when all pass, else 503; each
/// check names only itself, the bucket and the exception type — never a connection string, host, key or message text.
/// Anonymous on purpose: container health checks and load balancers probe it without a function key, and it reveals
/// nothing but up/down.
/// </summary>
public sealed class HealthApi(RunCatalog runs, IObjectStore store, IOptions<LakeOptions> lake)
{
    /// <summary>Time allowed per check.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Runs the checks.</summary>
    [Function(nameof(Health))]
    public async Task<HttpResponseData> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        HealthCheck[] checks =
        [
            await CheckAsync("database", DatabaseAsync, cancellationToken),
            await CheckAsync("lake", LakeAsync, cancellationToken),
            await CheckAsync("taskHub", async ct =>
            {
                await client.GetInstanceAsync("lakehouse-health-probe", false, ct);
                return $"task hub client '{client.Name}' answers";
            }, cancellationToken),
        ];
        var healthy = checks.All(c => c.Ok);
        return await HttpJson.WriteAsync(request, healthy ? HttpStatusCode.OK : HttpStatusCode.ServiceUnavailable,
            new { status = healthy ? "healthy" : "unhealthy", checks }, cancellationToken);
    }

    private async Task<string> DatabaseAsync(CancellationToken cancellationToken)
    {
        var expected = DatabaseMigrator.Migrations.Max(m => m.Version);
        var applied = await runs.GetSchemaVersionAsync(cancellationToken);
        return applied >= expected
            ? $"reachable; schema version {applied}"
            : throw new HealthCheckFailedException($"reachable, but migrations pending: schema version {applied}, expected {expected}");
    }

    private async Task<string> LakeAsync(CancellationToken cancellationToken)
    {
        var bucket = lake.Value.BronzeBucket;
        // Listing a prefix that holds nothing proves the bucket exists and the credentials work, without reading data.
        await foreach (var _ in store.ListAsync(bucket, "_health/", cancellationToken))
        {
            break;
        }

        return $"bucket '{bucket}' reachable";
    }

    private static async Task<HealthCheck> CheckAsync(string name, Func<CancellationToken, Task<string>> check, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckTimeout);
        try
        {
            var detail = await check(timeout.Token);
            return new HealthCheck(name, true, detail, watch.ElapsedMilliseconds);
        }
        catch (HealthCheckFailedException e)
        {
            return new HealthCheck(name, false, e.Message, watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The type only: driver messages can carry host names and user names.
            return new HealthCheck(name, false, $"failed: {e.GetType().Name}", watch.ElapsedMilliseconds);
        }
    }
}
