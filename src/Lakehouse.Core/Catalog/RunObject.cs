namespace Lakehouse.Core.Catalog;

/// <summary>
/// An object processed by a run: its version (bucket, key, ETag), dataset, current catalog status and counts, and the
/// stages the run recorded for it in pipeline order.
/// </summary>
public sealed record RunObject(
    long ObjectId,
    string Bucket,
    string Key,
    string ETag,
    string? Dataset,
    ObjectStatus Status,
    long? RowsRead,
    long? RowsQuarantined,
    long? RowsLoaded,
    IReadOnlyList<RunStage> Stages);
