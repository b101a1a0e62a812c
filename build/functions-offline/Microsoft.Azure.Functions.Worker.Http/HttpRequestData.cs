using System.Collections.Specialized;
using System.Security.Claims;

using Lakehouse.FunctionsOffline;

namespace Microsoft.Azure.Functions.Worker.Http;

/// <summary>Stand-in: the HTTP request of an HTTP-triggered function.</summary>
public abstract class HttpRequestData
{
    public HttpRequestData(FunctionContext functionContext)
    {
        FunctionContext = functionContext;
    }

    public abstract Stream Body { get; }

    public abstract HttpHeadersCollection Headers { get; }

    public abstract IReadOnlyCollection<IHttpCookie> Cookies { get; }

    public abstract Uri Url { get; }

    public abstract IEnumerable<ClaimsIdentity> Identities { get; }

    public abstract string Method { get; }

    public FunctionContext FunctionContext { get; }

    /// <summary>Real body parses <see cref="Url"/>'s query; here it throws — test doubles override it.</summary>
    public virtual NameValueCollection Query => throw new NotSupportedException(OfflineStandIn.Message);

    public abstract HttpResponseData CreateResponse();
}
