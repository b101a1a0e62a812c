namespace Lakehouse.Core.Collection;

/// <summary>A collection request names what is not configured (a source, a series) or an impossible range; the message names it.</summary>
public sealed class CollectionRequestException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public CollectionRequestException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CollectionRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CollectionRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
