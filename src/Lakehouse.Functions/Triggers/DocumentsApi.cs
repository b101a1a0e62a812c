using System.Globalization;
using System.Net;
using Lakehouse.Core.Documents;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// Full-text search over the masked document pages in the warehouse (<see cref="DocumentSearch"/>). Function-level
/// authorization, like the runs API.
/// </summary>
public sealed class DocumentsApi(DocumentSearch search)
{
    /// <summary>Pages shown when the request names no limit.</summary>
    public const int DefaultLimit = 10;

    /// <summary>
    /// <c>GET /api/documents/search?q=QUERY&amp;limit=N</c>: the best pages for the query (web search syntax: words,
    /// <c>"a phrase"</c>, <c>or</c>, <c>-word</c>; accents optional), each with its bronze key, page, rank and a masked
    /// snippet; 400 without <c>q</c> or with a limit outside 1–100.
    /// </summary>
    [Function(nameof(SearchDocuments))]
    public async Task<HttpResponseData> SearchDocuments(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "documents/search")] HttpRequestData request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query["q"];
        if (string.IsNullOrWhiteSpace(query))
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.BadRequest, "query parameter 'q' is required", cancellationToken);
        }

        var limit = DefaultLimit;
        if (request.Query["limit"] is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > DocumentSearch.MaxLimit))
        {
            return await HttpJson.ErrorAsync(request, HttpStatusCode.BadRequest, $"'limit' must be a whole number from 1 to {DocumentSearch.MaxLimit}", cancellationToken);
        }

        var hits = await search.SearchAsync(query, limit, cancellationToken);
        return await HttpJson.WriteAsync(request, HttpStatusCode.OK, new
        {
            hits = hits.Select(h => new { h.Bucket, h.ObjectKey, h.DocumentType, Page = h.PageNumber, h.Rank, h.Snippet }),
        }, cancellationToken);
    }
}
