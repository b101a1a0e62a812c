using System.Collections.Specialized;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace Lakehouse.Functions.Tests;

/// <summary>HTTP request double: the seam where the Functions host would hand over a real request.</summary>
public sealed class TestHttpRequest : HttpRequestData
{
    public TestHttpRequest(string method, string url, string? body = null, string? bearer = null)
        : base(new TestFunctionContext())
    {
        Method = method;
        Url = new Uri(url);
        Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? ""));
        if (bearer is not null)
        {
            Headers.Add("Authorization", "Bearer " + bearer);
        }
    }

    public override Stream Body { get; }

    public override HttpHeadersCollection Headers { get; } = new();

    public override IReadOnlyCollection<IHttpCookie> Cookies { get; } = [];

    public override Uri Url { get; }

    public override IEnumerable<ClaimsIdentity> Identities { get; } = [];

    public override string Method { get; }

    public override NameValueCollection Query => System.Web.HttpUtility.ParseQueryString(Url.Query);

    public override HttpResponseData CreateResponse() => new TestHttpResponse(FunctionContext);
}

/// <summary>HTTP response double that keeps what the function wrote.</summary>
public sealed class TestHttpResponse(FunctionContext context) : HttpResponseData(context)
{
    public override HttpStatusCode StatusCode { get; set; }

    public override HttpHeadersCollection Headers { get; set; } = new();

    public override Stream Body { get; set; } = new MemoryStream();

    public override HttpCookies Cookies => throw new NotSupportedException("cookies are not used by the app");

    public string ReadBody() => Encoding.UTF8.GetString(((MemoryStream)Body).ToArray());
}

/// <summary>The function context of a directly invoked trigger: only what the triggers read.</summary>
public sealed class TestFunctionContext : FunctionContext
{
    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => "test";

    public override TraceContext TraceContext => throw new NotSupportedException();

    public override BindingContext BindingContext => throw new NotSupportedException();

    public override RetryContext RetryContext => throw new NotSupportedException();

    public override IServiceProvider InstanceServices { get; set; } = null!;

    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => throw new NotSupportedException();
}

/// <summary>A clock that says what the test wants.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
