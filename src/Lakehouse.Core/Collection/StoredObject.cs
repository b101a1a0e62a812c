namespace Lakehouse.Core.Collection;

/// <summary>A bronze object the collectors wrote or found already there with the same content.</summary>
/// <param name="Bucket">Bronze bucket.</param>
/// <param name="Key">Object key.</param>
/// <param name="ETag">ETag of the stored object.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the content.</param>
/// <param name="IsNew">Whether this call wrote it (false: the same content was already stored under the key).</param>
public sealed record StoredObject(string Bucket, string Key, string ETag, long Size, string Sha256, bool IsNew);
