using System.Net;

namespace Microsoft.Azure.Functions.Worker.Http;

/// <summary>Stand-in: the HTTP response of an HTTP-triggered function.</summary>
public abstract class HttpResponseData
{
    public HttpResponseData(FunctionContext functionContext)
    {
        FunctionContext = functionContext;
    }

    public abstract HttpStatusCode StatusCode { get; set; }

    public abstract HttpHeadersCollection Headers { get; set; }

    public abstract Stream Body { get; set; }

    public abstract HttpCookies Cookies { get; }

    public FunctionContext FunctionContext { get; }
}
