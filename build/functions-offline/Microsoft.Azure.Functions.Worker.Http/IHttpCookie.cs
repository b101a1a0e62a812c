namespace Microsoft.Azure.Functions.Worker.Http;

/// <summary>
/// Stand-in: an HTTP cookie. Declared as the element type of <c>HttpRequestData.Cookies</c> only; its members are left
/// out because nothing in the app implements or reads a cookie.
/// </summary>
public interface IHttpCookie
{
}
