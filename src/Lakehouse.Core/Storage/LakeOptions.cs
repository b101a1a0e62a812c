namespace Lakehouse.Core.Storage;

/// <summary>
/// Where the lake is stored, section <c>Lakehouse:Lake</c> (environment: <c>Lakehouse__Lake__Provider</c>,
/// <c>Lakehouse__Lake__ServiceUrl</c>...). Validated by <see cref="LakeOptionsValidator"/>.
/// </summary>
public sealed class LakeOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Lakehouse:Lake";

    /// <summary>Storage backend: <c>filesystem</c> (default, a local folder) or <c>s3</c> (MinIO or another S3-compatible server).</summary>
    public LakeProvider Provider { get; set; } = LakeProvider.FileSystem;

    /// <summary>
    /// Filesystem provider only: folder holding one sub-folder per bucket, relative to the working directory when not
    /// absolute. Default <c>.lakehouse/lake</c>.
    /// </summary>
    public string Root { get; set; } = ".lakehouse/lake";

    /// <summary>S3 provider: endpoint URL, e.g. <c>http://minio:9000</c>. Required for <c>s3</c>; requests use path-style addressing.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>S3 provider: access key id. Required for <c>s3</c>; never logged.</summary>
    public string? AccessKey { get; set; }

    /// <summary>S3 provider: secret access key. Required for <c>s3</c>; never logged.</summary>
    public string? SecretKey { get; set; }

    /// <summary>S3 provider: signing region. Default <c>us-east-1</c> (what MinIO expects unless configured otherwise).</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>
    /// S3 provider: compatibility mode for servers without aws-chunked uploads or flexible checksums (s3rver, older
    /// MinIO, NAS appliances). When <see langword="true"/>, checksums are calculated and validated only when the
    /// operation requires them and uploads are sent unchunked. Default <see langword="false"/>.
    /// </summary>
    public bool Compatibility { get; set; }

    /// <summary>Bucket of raw objects as collected. Default <c>lake-bronze</c>.</summary>
    public string BronzeBucket { get; set; } = "lake-bronze";

    /// <summary>Bucket of masked, typed Parquet and quarantine files. Default <c>lake-silver</c>.</summary>
    public string SilverBucket { get; set; } = "lake-silver";

    /// <summary>Bucket of reports, validation results and data docs. Default <c>lake-gold</c>.</summary>
    public string GoldBucket { get; set; } = "lake-gold";

    /// <summary>Describes the options with the credentials redacted.</summary>
    public override string ToString() =>
        $"LakeOptions {{ Provider = {Provider}, Root = {Root}, ServiceUrl = {ServiceUrl}, AccessKey = {Redact(AccessKey)}, "
        + $"SecretKey = {Redact(SecretKey)}, Region = {Region}, Compatibility = {Compatibility}, "
        + $"BronzeBucket = {BronzeBucket}, SilverBucket = {SilverBucket}, GoldBucket = {GoldBucket} }}";

    private static string Redact(string? secret) => string.IsNullOrEmpty(secret) ? "(unset)" : "***";
}
