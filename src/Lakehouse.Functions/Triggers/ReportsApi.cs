using System.Net;
using Lakehouse.Core.Reports;
using Lakehouse.Core.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Options;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// Serves the HTML quality reports from the gold bucket: <c>GET /api/reports/</c> (recent runs),
/// <c>GET /api/reports/{run}/index.html</c> and the pages it links to, and <c>GET /api/runs/{id}/report</c>, which
/// redirects to the run's page. Function-level authorization, like the rest of the runs API (send the key as the
/// <c>x-functions-key</c> header: relative links between pages do not carry a <c>?code=</c>).
/// </summary>
public sealed class ReportsApi(IObjectStore store, IOptions<LakeOptions> lake)
{
    /// <summary><c>GET /api/reports/{*path}</c>: a report page (default: the index of recent runs).</summary>
    [Function(nameof(Reports))]
    public async Task<HttpResponseData> Reports(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/{*path}")] HttpRequestData request,
        string? path,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        path = string.IsNullOrEmpty(path) ? "index.html" : path.TrimEnd('/');
        if (path.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.BadRequest, "not a report page", cancellationToken);
        }

        Stream page;
        try
        {
            page = await store.OpenReadAsync(lake.Value.GoldBucket, $"reports/{path}", cancellationToken);
        }
        catch (ObjectNotFoundException)
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.NotFound, $"no report page '{path}'", cancellationToken);
        }

        await using (page)
        {
            var response = request.CreateResponse();
            response.StatusCode = HttpStatusCode.OK;
            response.Headers.Add("Content-Type", "text/html; charset=utf-8");
            // The pages are self-contained: nothing to load from anywhere, and no script to run.
            response.Headers.Add("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
            await page.CopyToAsync(response.Body, cancellationToken);
            return response;
        }
    }

    /// <summary><c>GET /api/runs/{id}/report</c>: redirects to the run's report page.</summary>
    [Function(nameof(RunReport))]
    public static HttpResponseData RunReport(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "runs/{id}/report")] HttpRequestData request,
        string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = request.CreateResponse();
        response.StatusCode = HttpStatusCode.Found;
        response.Headers.Add("Location", $"/api/{ReportPublisher.RunPageKey(Uri.EscapeDataString(id))}");
        return response;
    }
}
