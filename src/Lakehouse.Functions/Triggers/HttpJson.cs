using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker.Http;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// JSON responses built only from <see cref="HttpRequestData.CreateResponse()"/> and the response's own members, so
/// the same code runs under the Functions host, with ASP.NET Core integration, and on the in-process test host.
/// </summary>
internal static class HttpJson
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<HttpResponseData> WriteAsync(HttpRequestData request, HttpStatusCode status, object body, CancellationToken cancellationToken)
    {
        var response = request.CreateResponse();
        response.StatusCode = status;
        response.Headers.Add("Content-Type", "application/json; charset=utf-8");
        await JsonSerializer.SerializeAsync(response.Body, body, body.GetType(), Options, cancellationToken);
        return response;
    }

    public static Task<HttpResponseData> ErrorAsync(HttpRequestData request, HttpStatusCode status, string message, CancellationToken cancellationToken) =>
        WriteAsync(request, status, new { error = message }, cancellationToken);
}
