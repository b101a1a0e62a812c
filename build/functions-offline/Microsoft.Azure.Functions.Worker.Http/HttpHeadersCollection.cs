using System.Net.Http.Headers;

namespace Microsoft.Azure.Functions.Worker.Http;

/// <summary>Stand-in: HTTP headers (data carrier: the constructors store the headers they receive).</summary>
public sealed class HttpHeadersCollection : HttpHeaders
{
    public HttpHeadersCollection()
    {
    }

    public HttpHeadersCollection(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var header in headers)
        {
            TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    public HttpHeadersCollection(IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var header in headers)
        {
            TryAddWithoutValidation(header.Key, header.Value);
        }
    }
}
