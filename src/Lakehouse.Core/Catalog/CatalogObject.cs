namespace Lakehouse.Core.Catalog;

/// <summary>A bronze object as the catalog knows it.</summary>
public sealed record CatalogObject(
    long ObjectId,
    string Bucket,
    string Key,
    string ETag,
    string Sha256,
    long Size,
    string? Dataset,
    ObjectStatus Status,
    long? DuplicateOf,
    string? SilverKey,
    string? QuarantineKey,
    long? RowsRead,
    long? RowsWritten,
    long? RowsQuarantined,
    long? RowsLoaded,
    string? Error,
    DateTimeOffset UpdatedAt);
