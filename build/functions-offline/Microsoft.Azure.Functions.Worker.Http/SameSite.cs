namespace Microsoft.Azure.Functions.Worker.Http;

/// <summary>Stand-in: SameSite attribute of a cookie.</summary>
public enum SameSite
{
    None,
    Lax,
    Strict,
    ExplicitNone,
}
