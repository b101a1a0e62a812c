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

    /// <summary>
    /// Stores <paramref name="content"/> as <paramref name="key"/> with user <paramref name="metadata"/> (see
    /// <see cref="ObjectMetadata"/>), replacing any previous object and its metadata. The default implementation
    /// serves stores without metadata support: it accepts only empty metadata.
    /// </summary>
    /// <exception cref="ArgumentException">The metadata breaks the rules of <see cref="ObjectMetadata.Validate"/>.</exception>
    /// <exception cref="NotSupportedException">The store keeps no metadata and some was given.</exception>
    Task<ObjectInfo> PutAsync(string bucket, string key, Stream content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        ObjectMetadata.Validate(metadata);
        return metadata.Count == 0
            ? PutAsync(bucket, key, content, cancellationToken)
            : throw new NotSupportedException($"{GetType().Name} keeps no object metadata (put of bucket '{bucket}', key '{key}').");
    }

    /// <summary>
    /// The user metadata stored with the object's current content (empty when it has none), or <see langword="null"/>
    /// when the object does not exist. The default implementation serves stores without metadata support.
    /// </summary>
    async Task<IReadOnlyDictionary<string, string>?> GetMetadataAsync(string bucket, string key, CancellationToken cancellationToken) =>
        await HeadAsync(bucket, key, cancellationToken) is null ? null : ObjectMetadata.Empty;

    /// <summary>Stores the file at <paramref name="path"/> as <paramref name="key"/>.</summary>
    Task<ObjectInfo> PutFileAsync(string bucket, string key, string path, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the file at <paramref name="path"/> as <paramref name="key"/> only when no object exists there: never
    /// replaces one (bronze is immutable). Returns the stored object's info, or <see langword="null"/> when the key was
    /// taken and nothing was written.
    /// </summary>
    Task<ObjectInfo?> PutFileIfAbsentAsync(string bucket, string key, string path, CancellationToken cancellationToken);

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
