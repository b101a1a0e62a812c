namespace Microsoft.Azure.Functions.Worker.Http;

/// <summary>Stand-in: an HTTP cookie.</summary>
public interface IHttpCookie
{
    string? Domain { get; }

    DateTimeOffset? Expires { get; }

    bool? HttpOnly { get; }

    double? MaxAge { get; }

    string Name { get; }

    string? Path { get; }

    SameSite SameSite { get; }

    bool? Secure { get; }

    string Value { get; }
}
