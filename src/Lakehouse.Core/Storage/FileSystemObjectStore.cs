using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Lakehouse.Core.Storage;

/// <summary>
/// The lake in a local folder: <c>{root}/{bucket}/{key}</c>, where <c>/</c> in keys becomes sub-folders. For
/// development, tests and the embedded demo; behaves like <see cref="S3ObjectStore"/> (ETag = hex MD5 of the content,
/// ordered recursive listings, missing bucket = error on put). Writes go to a temporary file under <c>{root}/.tmp</c>
/// and are renamed into place, so readers never see a partial object. Keys with <c>..</c>, <c>.</c>, empty segments,
/// <c>\</c> or a leading <c>/</c> are rejected with <see cref="ArgumentException"/>. User metadata lives in JSON
/// sidecars under <c>{root}/.meta</c> (<see cref="MetadataSidecars"/>).
/// </summary>
public sealed class FileSystemObjectStore : IObjectStore
{
    private const int BufferSize = 81920;
    private readonly string _root;
    private readonly string _temp;
    private readonly MetadataSidecars _sidecars;

    // ETags are the MD5 of the content; remembered per file (checked against size and write time) to avoid rehashing.
    private readonly ConcurrentDictionary<string, (long Size, DateTime Written, string ETag)> _etags = new(StringComparer.Ordinal);

    /// <summary>Creates the store over <paramref name="root"/> (created when missing; made absolute).</summary>
    public FileSystemObjectStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
        _temp = Path.Combine(_root, ".tmp");
        _sidecars = new MetadataSidecars(_root);
    }

    /// <summary>Absolute folder holding one sub-folder per bucket.</summary>
    public string Root => _root;

    /// <inheritdoc />
    public Task EnsureBucketAsync(string bucket, CancellationToken cancellationToken)
    {
        ObjectKeys.ValidateBucket(bucket);
        Directory.CreateDirectory(Path.Combine(_root, bucket));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ObjectInfo> PutAsync(string bucket, string key, Stream content, CancellationToken cancellationToken) =>
        PutAsync(bucket, key, content, ObjectMetadata.Empty, cancellationToken);

    /// <inheritdoc />
    public async Task<ObjectInfo> PutAsync(string bucket, string key, Stream content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ObjectMetadata.Validate(metadata);
        var path = ObjectPath(bucket, key);
        if (!Directory.Exists(BucketPath(bucket)))
        {
            throw new ObjectStoreException($"Put failed for bucket '{bucket}', key '{key}': the bucket does not exist (call EnsureBucketAsync first).");
        }

        Directory.CreateDirectory(_temp);
        var temp = Path.Combine(_temp, $"{Guid.NewGuid():N}.part");
        try
        {
            string etag;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                etag = await CopyHashingAsync(content, file, cancellationToken);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(temp, path, overwrite: true);
            var info = new FileInfo(path);
            _etags[path] = (info.Length, info.LastWriteTimeUtc, etag);
            await _sidecars.WriteAsync(bucket, key, etag, metadata, cancellationToken);
            return ToObjectInfo(bucket, key, info, etag);
        }
        catch (IOException e) when (e is not ObjectStoreException)
        {
            throw new ObjectStoreException($"Put failed for bucket '{bucket}', key '{key}': {e.Message}", e);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <inheritdoc />
    public async Task<ObjectInfo> PutFileAsync(string bucket, string key, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return await PutAsync(bucket, key, file, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ObjectInfo?> PutFileIfAbsentAsync(string bucket, string key, string path, CancellationToken cancellationToken)
    {
        var target = ObjectPath(bucket, key);
        if (File.Exists(target))
        {
            return null;
        }

        Directory.CreateDirectory(_temp);
        var temp = Path.Combine(_temp, $"{Guid.NewGuid():N}.part");
        try
        {
            await FileDownload.CopyAsync(path, temp);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // No overwrite: the runtime links the new name (link(2)), which fails when it exists — atomic, so two writers
            // racing for one key cannot both win.
            File.Move(temp, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            return null;
        }
        finally
        {
            File.Delete(temp);
        }

        await _sidecars.WriteAsync(bucket, key, await ETagAsync(new FileInfo(target), cancellationToken), ObjectMetadata.Empty, cancellationToken);
        return await HeadAsync(bucket, key, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Stream> OpenReadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        var path = ObjectPath(bucket, key);
        try
        {
            // FileShare.Delete: a concurrent overwrite (rename) or delete must not fail because a reader is open.
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ObjectNotFoundException(bucket, key, e);
        }
    }

    /// <inheritdoc />
    public async Task DownloadToFileAsync(string bucket, string key, string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var source = ObjectPath(bucket, key);
        try
        {
            await FileDownload.CopyAsync(source, path);
        }
        catch (Exception e) when ((e is FileNotFoundException or DirectoryNotFoundException) && !File.Exists(source))
        {
            throw new ObjectNotFoundException(bucket, key, e);
        }
    }

    /// <inheritdoc />
    public async Task<ObjectInfo?> HeadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        var info = new FileInfo(ObjectPath(bucket, key));
        return info.Exists ? ToObjectInfo(bucket, key, info, await ETagAsync(info, cancellationToken)) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>?> GetMetadataAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        var info = new FileInfo(ObjectPath(bucket, key));
        return info.Exists ? await _sidecars.ReadAsync(bucket, key, await ETagAsync(info, cancellationToken), cancellationToken) : null;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ObjectInfo> ListAsync(string bucket, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var bucketPath = BucketPath(bucket);
        if (!Directory.Exists(bucketPath))
        {
            throw new ObjectNotFoundException($"Bucket '{bucket}' does not exist (listing prefix '{prefix}').");
        }

        // Only walk the deepest folder the prefix names: "olist/orders/ingest_date=" walks "olist/orders".
        var slash = prefix.LastIndexOf('/');
        var start = slash < 0 ? bucketPath : Path.Combine(bucketPath, prefix[..slash]);
        if (prefix.Contains("..", StringComparison.Ordinal) || !Directory.Exists(start))
        {
            yield break;
        }

        var keys = Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(bucketPath, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(key => key.StartsWith(prefix, StringComparison.Ordinal))
            .Order(ObjectKeys.Utf8Order)
            .ToList();
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new FileInfo(Path.Combine(bucketPath, key));
            if (info.Exists)
            {
                yield return ToObjectInfo(bucket, key, info, await ETagAsync(info, cancellationToken));
            }
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        var path = ObjectPath(bucket, key);
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // The key's folder (or the bucket) is already gone: deleting is idempotent.
        }

        _etags.TryRemove(path, out _);
        _sidecars.Delete(bucket, key);
        RemoveEmptyFolders(Path.GetDirectoryName(path)!, BucketPath(bucket));
        return Task.CompletedTask;
    }

    private string BucketPath(string bucket)
    {
        ObjectKeys.ValidateBucket(bucket);
        return Path.Combine(_root, bucket);
    }

    private string ObjectPath(string bucket, string key)
    {
        ObjectKeys.ValidateKey(key);
        var bucketPath = BucketPath(bucket);
        var path = Path.GetFullPath(Path.Combine(bucketPath, key));

        // Defence in depth behind ValidateKey: the resolved path must stay inside the bucket folder.
        if (!path.StartsWith(bucketPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Invalid object key '{key}': it resolves outside bucket '{bucket}'.", nameof(key));
        }

        return path;
    }

    private async Task<string> ETagAsync(FileInfo info, CancellationToken cancellationToken)
    {
        if (_etags.TryGetValue(info.FullName, out var known) && known.Size == info.Length && known.Written == info.LastWriteTimeUtc)
        {
            return known.ETag;
        }

        await using var file = new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
#pragma warning disable CA5351 // MD5 is the S3 single-part ETag algorithm: compatibility, not security.
        var etag = Convert.ToHexStringLower(await MD5.HashDataAsync(file, cancellationToken));
#pragma warning restore CA5351
        _etags[info.FullName] = (info.Length, info.LastWriteTimeUtc, etag);
        return etag;
    }

    private static async Task<string> CopyHashingAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        // MD5 is the S3 single-part ETag algorithm, used here for compatibility, not for security.
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            md5.AppendData(buffer, 0, read);
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }

    private static ObjectInfo ToObjectInfo(string bucket, string key, FileInfo info, string etag) =>
        new(bucket, key, info.Length, etag, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero));

    private static void RemoveEmptyFolders(string folder, string bucketPath)
    {
        // Keeps the tree free of folders left behind by deleted keys; another writer may race us, which is harmless.
        while (folder.Length > bucketPath.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            try
            {
                Directory.Delete(folder);
            }
            catch (IOException)
            {
                return;
            }

            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
