using System.Security.Cryptography;

namespace Lakehouse.Core.Storage;

/// <summary>
/// Puts a local file into bronze without ever replacing an object: bronze is immutable. The file goes to the key asked
/// for when it is free; when that key already holds the same bytes (same MD5 ETag) the existing object is the upload (a
/// re-ingest changes nothing); when it holds other bytes, the file goes under a content-addressed key in the same folder —
/// <c>…/ingest_date=D/{sha256[..12]}/{file}</c> — so the file name, which names its dataset, is unchanged.
/// </summary>
public static class BronzeUpload
{
    /// <summary>Uploads <paramref name="path"/>; returns the object that now holds its bytes.</summary>
    public static async Task<ObjectInfo> PutAsync(IObjectStore store, string bucket, string key, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.PutFileIfAbsentAsync(bucket, key, path, cancellationToken) is { } stored)
        {
            return stored;
        }

        var (md5, sha256) = await HashAsync(path, cancellationToken);
        if (await store.HeadAsync(bucket, key, cancellationToken) is { } existing && string.Equals(existing.ETag, md5, StringComparison.OrdinalIgnoreCase))
        {
            return existing;
        }

        var contentKey = ContentKey(key, sha256);
        return await store.PutFileIfAbsentAsync(bucket, contentKey, path, cancellationToken)
            ?? await store.HeadAsync(bucket, contentKey, cancellationToken)
            ?? throw new ObjectStoreException($"Upload to bucket '{bucket}', key '{contentKey}' neither stored nor found.");
    }

    /// <summary><c>a/b/file.csv</c> with sha256 <c>3fa4…</c> → <c>a/b/3fa4c2b19d0e/file.csv</c>.</summary>
    public static string ContentKey(string key, string sha256)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        var slash = key.LastIndexOf('/');
        return $"{key[..(slash + 1)]}{sha256[..Math.Min(12, sha256.Length)]}/{key[(slash + 1)..]}";
    }

    private static async Task<(string Md5, string Sha256)> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
#pragma warning disable CA5351 // MD5 is the S3 single-part ETag algorithm: comparison with the stored object, not security.
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        int read;
        while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
        {
            md5.AppendData(buffer, 0, read);
            sha.AppendData(buffer, 0, read);
        }

        return (Convert.ToHexStringLower(md5.GetHashAndReset()), Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}
