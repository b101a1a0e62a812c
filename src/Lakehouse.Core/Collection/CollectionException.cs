namespace Lakehouse.Core.Collection;

/// <summary>
/// A source could not deliver a window: the message names the source, the subject (series or location) and the window,
/// never an API key. <see cref="IsTransient"/> tells a caller's retry policy whether trying later may help (HTTP 429,
/// 408, 5xx, timeouts, connection failures, after the client's own retries) or not (other 4xx, a malformed answer).
/// </summary>
public sealed class CollectionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CollectionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CollectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CollectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one source, subject and window.</summary>
    public CollectionException(string source, string subject, DateWindow? window, string reason, bool isTransient, int? statusCode = null, Exception? innerException = null)
        : base($"Collection from {source} failed for {subject}{(window is null ? "" : $", window {window}")}: {reason}", innerException)
    {
        SourceKind = source;
        Subject = subject;
        Window = window;
        IsTransient = isTransient;
        StatusCode = statusCode;
    }

    /// <summary>Source kind, e.g. <c>bcb-sgs</c>.</summary>
    public string? SourceKind { get; }

    /// <summary>Series or location, e.g. <c>sgs-433</c>.</summary>
    public string? Subject { get; }

    /// <summary>Window asked.</summary>
    public DateWindow? Window { get; }

    /// <summary>Whether a later attempt may succeed.</summary>
    public bool IsTransient { get; }

    /// <summary>HTTP status of the last answer, when there was one.</summary>
    public int? StatusCode { get; }
}
