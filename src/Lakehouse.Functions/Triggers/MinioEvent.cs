using System.Text.Json.Serialization;

namespace Lakehouse.Functions.Triggers;

/// <summary>
/// The body MinIO POSTs to a webhook target: PascalCase top level (<c>EventName</c>, <c>Key</c>, <c>Records</c>),
/// S3-style camelCase records. <c>s3.object.key</c> is URL-encoded (Go's QueryEscape: space as <c>+</c>).
/// </summary>
public sealed record MinioEvent(
    [property: JsonPropertyName("EventName")] string? EventName,
    [property: JsonPropertyName("Key")] string? Key,
    [property: JsonPropertyName("Records")] IReadOnlyList<MinioEventRecord>? Records);

/// <summary>One event record.</summary>
public sealed record MinioEventRecord(
    [property: JsonPropertyName("eventName")] string? EventName,
    [property: JsonPropertyName("s3")] MinioS3Entity? S3);

/// <summary>The bucket and object of a record.</summary>
public sealed record MinioS3Entity(
    [property: JsonPropertyName("bucket")] MinioBucket? Bucket,
    [property: JsonPropertyName("object")] MinioObject? Object);

/// <summary>The bucket of a record.</summary>
public sealed record MinioBucket([property: JsonPropertyName("name")] string? Name);

/// <summary>The object of a record; <see cref="Key"/> is URL-encoded.</summary>
public sealed record MinioObject(
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("size")] long? Size,
    [property: JsonPropertyName("eTag")] string? ETag,
    [property: JsonPropertyName("versionId")] string? VersionId);
