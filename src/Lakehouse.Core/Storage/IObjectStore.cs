namespace Lakehouse.Core.Storage;

/// <summary>
/// The lake's object storage: a local folder (<see cref="FileSystemObjectStore"/>) or an S3-compatible server such as
/// MinIO (<see cref="S3ObjectStore"/>). Both behave the same: keys are opaque strings with <c>/</c> separators, writes
/// replace whole objects, listings are recursive and in ordinal key order.
/// </summary>
public interface IObjectStore
{
    /// <summary>Creates <paramref name="bucket"/> when it does not exist; no error when it does.</summary>
    Task EnsureBucketAsync(string bucket, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="content"/> (read to its end; it may be non-seekable) as <paramref name="key"/>, replacing
    /// any previous object, and returns the stored object's info.
    /// </summary>
    Task<ObjectInfo> PutAsync(string bucket, string key, Stream content, CancellationToken cancellationToken);

    /// <summary>Stores the file at <paramref name="path"/> as <paramref name="key"/>.</summary>
    Task<ObjectInfo> PutFileAsync(string bucket, string key, string path, CancellationToken cancellationToken);

    /// <summary>Opens the object for reading; the caller disposes the stream.</summary>
    /// <exception cref="ObjectNotFoundException">The bucket or the key does not exist.</exception>
    Task<Stream> OpenReadAsync(string bucket, string key, CancellationToken cancellationToken);

    /// <summary>Writes the object to the file at <paramref name="path"/>, replacing it; creates missing folders.</summary>
    /// <exception cref="ObjectNotFoundException">The bucket or the key does not exist.</exception>
    Task DownloadToFileAsync(string bucket, string key, string path, CancellationToken cancellationToken);

    /// <summary>Returns the object's info, or <see langword="null"/> when it does not exist.</summary>
    Task<ObjectInfo?> HeadAsync(string bucket, string key, CancellationToken cancellationToken);

    /// <summary>Lists every object whose key starts with <paramref name="prefix"/> (recursively), in ordinal key order.</summary>
    IAsyncEnumerable<ObjectInfo> ListAsync(string bucket, string prefix, CancellationToken cancellationToken);

    /// <summary>Deletes the object; no error when it does not exist.</summary>
    Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken);
}
