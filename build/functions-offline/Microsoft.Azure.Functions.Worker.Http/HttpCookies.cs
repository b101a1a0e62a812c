namespace Microsoft.Azure.Functions.Worker.Http;

/// <summary>
/// Stand-in: response cookies. Declared as the type of <c>HttpResponseData.Cookies</c> only; its abstract members
/// (Append, CreateNew) are left out because nothing in the app subclasses or calls it.
/// </summary>
public abstract class HttpCookies
{
}
