namespace Lakehouse.Core.Storage;

/// <summary>The requested object (or its bucket) does not exist; the message names the bucket and the key.</summary>
public sealed class ObjectNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ObjectNotFoundException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ObjectNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ObjectNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="bucket"/>/<paramref name="key"/>.</summary>
    public ObjectNotFoundException(string bucket, string key, Exception? innerException = null)
        : base($"Object not found: bucket '{bucket}', key '{key}'.", innerException)
    {
        Bucket = bucket;
        Key = key;
    }

    /// <summary>Bucket of the missing object, when known.</summary>
    public string? Bucket { get; }

    /// <summary>Key of the missing object, when known.</summary>
    public string? Key { get; }
}
