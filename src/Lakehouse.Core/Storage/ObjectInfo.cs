namespace Lakehouse.Core.Storage;

/// <summary>
/// What the store knows about one stored object.
/// </summary>
/// <param name="Bucket">Bucket holding the object.</param>
/// <param name="Key">Object key; <c>/</c> separates folder-like segments.</param>
/// <param name="Size">Content length in bytes.</param>
/// <param name="ETag">Entity tag without quotes: the lowercase hex MD5 of the content for single-part uploads.</param>
/// <param name="LastModified">Time the object was last written (UTC).</param>
public sealed record ObjectInfo(string Bucket, string Key, long Size, string ETag, DateTimeOffset LastModified);
