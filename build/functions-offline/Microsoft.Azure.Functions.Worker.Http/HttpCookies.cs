namespace Microsoft.Azure.Functions.Worker.Http;

/// <summary>Stand-in: response cookies.</summary>
public abstract class HttpCookies
{
    public abstract void Append(string name, string value);

    public abstract void Append(IHttpCookie cookie);

    public abstract IHttpCookie CreateNew();
}
