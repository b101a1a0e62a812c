namespace Lakehouse.Core.Collection;

/// <summary>
/// Endpoint and retry settings shared by the HTTP sources. Retries happen only on HTTP 429, 408, 5xx, timeouts and
/// connection failures, with exponential backoff from <see cref="RetryDelayMilliseconds"/>, honouring
/// <c>Retry-After</c> up to <see cref="MaxRetryDelaySeconds"/>.
/// </summary>
public abstract class HttpSourceOptions
{
    /// <summary>Scheme, host and optional port of the API (no path, no query).</summary>
    public abstract string BaseUrl { get; set; }

    /// <summary>Time allowed for one attempt (request and body), in seconds. Default 30.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Attempts per request, the first included (1 = no retry). Default 4.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Delay before the first retry, in milliseconds; it doubles per retry (with jitter). Default 1000.</summary>
    public int RetryDelayMilliseconds { get; set; } = 1000;

    /// <summary>
    /// Longest wait before a retry, in seconds. A <c>Retry-After</c> asking for more ends the attempts with a transient
    /// failure, so the caller (e.g. a durable retry) decides. Default 60.
    /// </summary>
    public double MaxRetryDelaySeconds { get; set; } = 60;
}
