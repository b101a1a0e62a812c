namespace Lakehouse.Core.Datasets;

/// <summary>The bronze object a <see cref="RowParser"/> parses: its key, its user metadata and when it was written.</summary>
/// <param name="Key">Object key in the bronze bucket.</param>
/// <param name="Metadata">User metadata stored with it (empty when none), e.g. the collection's request and fetch time.</param>
/// <param name="LastModified">When the object was written (UTC).</param>
public sealed record SourceObject(string Key, IReadOnlyDictionary<string, string> Metadata, DateTimeOffset LastModified);
