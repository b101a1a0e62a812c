using System.Security.Cryptography;
using Lakehouse.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Collection;

/// <summary>
/// Stores collected content in the bronze bucket unchanged, with its metadata, idempotently: when the key already holds
/// the same content (same SHA-256 in its metadata, or an ETag equal to the content's MD5) nothing is written and the
/// result says so, so collecting the same window again stores nothing new. Nothing stored is ever replaced: other
/// content for a taken key (a revised answer, a changed file) is stored beside it (<see cref="BronzeUpload.ContentKey"/>).
/// </summary>
public sealed class CollectionWriter(IObjectStore store, IOptions<LakeOptions> lake, ILogger<CollectionWriter> logger)
{
    private readonly string _bucket = lake.Value.BronzeBucket;
    private int _bucketReady;

    /// <summary>Stores an API answer under <see cref="CollectedResponse.BronzeKey"/> with <see cref="CollectedResponse.ToMetadata"/>.</summary>
    public Task<StoredObject> StoreAsync(CollectedResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var md5 = Md5Hex(response.Content.Span);
        return StoreAsync(response.BronzeKey, () => new MemoryStream(response.Content.ToArray(), writable: false), response.Sha256, md5, response.ToMetadata(), cancellationToken);
    }

    /// <summary>
    /// Stores the content <paramref name="open"/> returns under <paramref name="key"/> unless the key already holds
    /// content with <paramref name="sha256"/> (or MD5 <paramref name="md5"/>).
    /// </summary>
    public async Task<StoredObject> StoreAsync(
        string key, Func<Stream> open, string sha256, string md5, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(open);
        if (Volatile.Read(ref _bucketReady) == 0)
        {
            // Idempotent, so concurrent first calls may both ensure; a failure leaves the flag unset for the next call.
            await store.EnsureBucketAsync(_bucket, cancellationToken);
            Volatile.Write(ref _bucketReady, 1);
        }

        if (await store.HeadAsync(_bucket, key, cancellationToken) is { } existing)
        {
            if (await HoldsAsync(key, existing, sha256, md5, cancellationToken))
            {
                Log.Unchanged(logger, _bucket, key);
                return new StoredObject(_bucket, key, existing.ETag, existing.Size, sha256, IsNew: false);
            }

            // A revised answer (or a changed file) under a taken key: bronze is immutable, so the new content goes beside
            // the old one under a content-addressed key (same folder and file name, which the dataset's parser reads).
            key = BronzeUpload.ContentKey(key, sha256);
            if (await store.HeadAsync(_bucket, key, cancellationToken) is { } revised && await HoldsAsync(key, revised, sha256, md5, cancellationToken))
            {
                Log.Unchanged(logger, _bucket, key);
                return new StoredObject(_bucket, key, revised.ETag, revised.Size, sha256, IsNew: false);
            }
        }

        await using var content = open();
        var info = await store.PutAsync(_bucket, key, content, metadata, cancellationToken);
        Log.Stored(logger, _bucket, key, info.Size, sha256);
        return new StoredObject(_bucket, key, info.ETag, info.Size, sha256, IsNew: true);
    }

    private async Task<bool> HoldsAsync(string key, ObjectInfo existing, string sha256, string md5, CancellationToken cancellationToken) =>
        existing.ETag == md5 || (await store.GetMetadataAsync(_bucket, key, cancellationToken))?.GetValueOrDefault(CollectionMetadata.Sha256) == sha256;

#pragma warning disable CA5351 // MD5 is the S3 single-part ETag algorithm: a comparison with the store's ETag, not security.
    private static string Md5Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(MD5.HashData(content));
#pragma warning restore CA5351
}
