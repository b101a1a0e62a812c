namespace Lakehouse.Core.Storage;

/// <summary>
/// An object store operation failed (access denied, server error, bad request...); the message names the operation,
/// bucket and key, never credentials, and the inner exception holds the low-level error.
/// </summary>
public sealed class ObjectStoreException : IOException
{
    /// <summary>Creates the exception.</summary>
    public ObjectStoreException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ObjectStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ObjectStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
