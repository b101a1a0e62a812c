using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Lakehouse.Core.Storage;

/// <summary>
/// The lake on an S3-compatible server (MinIO, AWS S3, s3rver, NAS appliances) with path-style addressing. Missing
/// objects raise <see cref="ObjectNotFoundException"/> (<see langword="null"/> from <see cref="HeadAsync"/>); other
/// server errors raise <see cref="ObjectStoreException"/> naming the operation, bucket and key, never credentials.
/// Non-seekable uploads are buffered in a temporary file (not memory) so the length is known before sending.
/// </summary>
public sealed class S3ObjectStore : IObjectStore, IDisposable
{
    private const string MetadataHeaderPrefix = "x-amz-meta-";
    private readonly AmazonS3Client _client;
    private readonly bool _compatibility;
    private readonly string[] _secrets;

    /// <summary>Creates the store from the S3 settings of <paramref name="options"/> (ServiceUrl, AccessKey, SecretKey required).</summary>
    public S3ObjectStore(LakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new LakeOptionsValidator().Validate(null, new LakeOptions
        {
            Provider = LakeProvider.S3, ServiceUrl = options.ServiceUrl, AccessKey = options.AccessKey, SecretKey = options.SecretKey, Region = options.Region,
        });
        if (validation.Failed)
        {
            throw new ArgumentException(validation.FailureMessage, nameof(options));
        }

        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = true,
            AuthenticationRegion = options.Region,
        };
        if (options.Compatibility)
        {
            // s3rver, older MinIO and many NAS appliances reject aws-chunked bodies and the flexible-checksum trailers.
            config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }

        _compatibility = options.Compatibility;
        _secrets = [options.AccessKey!, options.SecretKey!];
        _client = new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    /// <inheritdoc />
    public async Task EnsureBucketAsync(string bucket, CancellationToken cancellationToken)
    {
        ObjectKeys.ValidateBucket(bucket);
        try
        {
            await _client.PutBucketAsync(new PutBucketRequest { BucketName = bucket }, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
        {
            // Already there (possibly created concurrently): that is the goal.
        }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException)
        {
            throw Wrap("EnsureBucket", bucket, "", e);
        }
    }

    /// <inheritdoc />
    public Task<ObjectInfo> PutAsync(string bucket, string key, Stream content, CancellationToken cancellationToken) =>
        PutAsync(bucket, key, content, ObjectMetadata.Empty, cancellationToken);

    /// <inheritdoc />
    public async Task<ObjectInfo> PutAsync(string bucket, string key, Stream content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ObjectKeys.ValidateKey(key);
        ObjectMetadata.Validate(metadata);
        if (content.CanSeek)
        {
            return await PutSeekableAsync(bucket, key, content, metadata, cancellationToken);
        }

        // The SDK needs the length up front; spool to disk so large objects do not sit in memory.
        var temp = Path.Combine(Path.GetTempPath(), $"lakehouse-put-{Guid.NewGuid():N}.part");
        await using var buffer = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await content.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return await PutSeekableAsync(bucket, key, buffer, metadata, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ObjectInfo> PutFileAsync(string bucket, string key, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return await PutSeekableAsync(bucket, key, file, ObjectMetadata.Empty, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A conditional put (<c>If-None-Match: *</c>: the server refuses with 412 when the key exists), after a HEAD that
    /// spares the upload in the common case. In compatibility mode (s3rver, older MinIO, NAS appliances: servers that may
    /// ignore the condition and overwrite) only the HEAD guards, which leaves a short race between two writers.
    /// </remarks>
    public async Task<ObjectInfo?> PutFileIfAbsentAsync(string bucket, string key, string path, CancellationToken cancellationToken)
    {
        if (await HeadAsync(bucket, key, cancellationToken) is not null)
        {
            return null;
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        try
        {
            return await PutSeekableAsync(bucket, key, file, ObjectMetadata.Empty, cancellationToken, ifAbsent: !_compatibility);
        }
        catch (ObjectStoreException e) when (e.InnerException is AmazonS3Exception { StatusCode: HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict })
        {
            return null; // another writer created the key between the HEAD and the PUT
        }
    }

    /// <inheritdoc />
    public async Task<Stream> OpenReadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        ObjectKeys.ValidateKey(key);
        try
        {
            var response = await _client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, cancellationToken);
            return new S3ResponseStream(response);
        }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException)
        {
            throw Wrap("Get", bucket, key, e);
        }
    }

    /// <inheritdoc />
    public async Task DownloadToFileAsync(string bucket, string key, string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using var source = await OpenReadAsync(bucket, key, cancellationToken);
        await FileDownload.WriteAsync(source, path, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ObjectInfo?> HeadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        ObjectKeys.ValidateKey(key);
        try
        {
            var response = await _client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = key }, cancellationToken);
            return new ObjectInfo(bucket, key, response.ContentLength, Unquote(response.ETag), ToOffset(response.LastModified));
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException)
        {
            throw Wrap("Head", bucket, key, e);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>?> GetMetadataAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        ObjectKeys.ValidateKey(key);
        try
        {
            var response = await _client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = key }, cancellationToken);
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in response.Metadata.Keys)
            {
                // The SDK reports names with their header prefix; servers differ in case.
                var plain = name.ToLowerInvariant();
                metadata[plain.StartsWith(MetadataHeaderPrefix, StringComparison.Ordinal) ? plain[MetadataHeaderPrefix.Length..] : plain] = response.Metadata[name];
            }

            return metadata;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException)
        {
            throw Wrap("Head", bucket, key, e);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ObjectInfo> ListAsync(string bucket, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        do
        {
            var response = await ListPageAsync(request, cancellationToken);
            foreach (var item in response.S3Objects ?? [])
            {
                yield return new ObjectInfo(bucket, item.Key, item.Size ?? 0, Unquote(item.ETag), ToOffset(item.LastModified));
            }

            request.ContinuationToken = response.NextContinuationToken;
        }
        while (!string.IsNullOrEmpty(request.ContinuationToken));
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        ObjectKeys.ValidateKey(key);
        try
        {
            await _client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = bucket, Key = key }, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            // Missing key or bucket: deleting is idempotent.
        }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException)
        {
            throw Wrap("Delete", bucket, key, e);
        }
    }

    /// <summary>Releases the HTTP client.</summary>
    public void Dispose() => _client.Dispose();

    private async Task<ObjectInfo> PutSeekableAsync(
        string bucket, string key, Stream content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken, bool ifAbsent = false)
    {
        ObjectKeys.ValidateKey(key);
        var request = new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = content,
            AutoCloseStream = false,
            UseChunkEncoding = !_compatibility,
        };
        if (ifAbsent)
        {
            request.IfNoneMatch = "*";
        }
        foreach (var (name, value) in metadata)
        {
            request.Metadata.Add(MetadataHeaderPrefix + name, value);
        }

        try
        {
            await _client.PutObjectAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException)
        {
            throw Wrap("Put", bucket, key, e);
        }

        // A HEAD gives the server's own size, ETag and timestamp (the PUT response carries no Last-Modified).
        return await HeadAsync(bucket, key, cancellationToken)
            ?? throw new ObjectStoreException($"Put succeeded for bucket '{bucket}', key '{key}' but the object is not visible.");
    }

    private async Task<ListObjectsV2Response> ListPageAsync(ListObjectsV2Request request, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.ListObjectsV2Async(request, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new ObjectNotFoundException($"Bucket '{request.BucketName}' does not exist (listing prefix '{request.Prefix}').", e);
        }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException)
        {
            throw Wrap("List", request.BucketName, request.Prefix, e);
        }
    }

    private Exception Wrap(string operation, string bucket, string key, Exception e)
    {
        // 404 on a read means the key or its bucket is missing; on a write it is a server-side problem (no bucket).
        if (operation == "Get" && e is AmazonS3Exception { StatusCode: HttpStatusCode.NotFound })
        {
            return new ObjectNotFoundException(bucket, key, e);
        }

        var detail = e is AmazonServiceException service
            ? $"{(int)service.StatusCode} {service.ErrorCode}: {service.Message}"
            : $"{e.GetType().Name}: {e.Message}";
        foreach (var secret in _secrets)
        {
            // Some servers echo request details; never let a credential reach a log through an exception message.
            detail = detail.Replace(secret, "***", StringComparison.Ordinal);
        }

        return new ObjectStoreException($"S3 {operation} failed for bucket '{bucket}', key '{key}': {detail}", e);
    }

    private static string Unquote(string? etag) => etag?.Trim('"') ?? "";

    private static DateTimeOffset ToOffset(DateTime? value) =>
        value is { } time ? new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero) : DateTimeOffset.MinValue;
}
