using Lakehouse.Core.Catalog;
using Lakehouse.Core.Validation;

namespace Lakehouse.Functions;

/// <summary>
/// A bronze object to process. <paramref name="Dataset"/> overrides recognition by file name. <paramref name="Size"/>
/// (bytes, when the caller knows it) only orders the work of a run: smaller files are prepared first within a load tier.
/// </summary>
public sealed record ObjectRef(string Bucket, string Key, string? ETag, string? Dataset, long? Size = null);

/// <summary>
/// Input of <see cref="Orchestrations.IngestOrchestration"/>: the objects of one run. <paramref name="Force"/> re-processes
/// objects the catalog already has as loaded (a rerun); the load is idempotent, so the warehouse ends up the same.
/// </summary>
public sealed record IngestInput(IReadOnlyList<ObjectRef> Objects, string Kind = "ingest", bool Force = false);

/// <summary>
/// Input of <see cref="Orchestrations.ProcessObjectOrchestration"/>; <paramref name="Force"/> as in <see cref="IngestInput"/>.
/// <paramref name="Turn"/>, when a run started it, is the object's index in the run: once transformed, the object tells
/// the run so and waits for its turn to validate and load (<see cref="Orchestrations.IngestOrchestration"/> gates
/// those by load tier); without it the object goes straight through.
/// </summary>
public sealed record ProcessObjectInput(string RunId, ObjectRef Object, bool Force = false, int? Turn = null);

/// <summary>What happened to one object: its final status, counts, findings (value-free) and error.</summary>
public sealed record ProcessObjectResult(
    string Bucket,
    string Key,
    long? ObjectId,
    string? Dataset,
    ObjectStatus Status,
    long RowsRead,
    long RowsQuarantined,
    long RowsLoaded,
    IReadOnlyList<Finding> Findings,
    string? Error);

/// <summary>
/// Result of a run: one entry per object, in input order, and the key of its HTML quality report in the gold bucket
/// (null when it could not be written).
/// </summary>
public sealed record IngestResult(string RunId, IReadOnlyList<ProcessObjectResult> Objects, string? ReportKey = null)
{
    /// <summary>Objects loaded or skipped as already processed.</summary>
    public int Succeeded => Objects.Count(o => o.Status is ObjectStatus.Loaded);

    /// <summary>Objects skipped (duplicate content, unknown dataset, already loaded).</summary>
    public int Skipped => Objects.Count(o => o.Status is ObjectStatus.Duplicate or ObjectStatus.Skipped or ObjectStatus.UnknownDataset);

    /// <summary>Objects rejected by a critical table expectation (read, but not loaded).</summary>
    public int Rejected => Objects.Count(o => o.Status is ObjectStatus.Rejected);

    /// <summary>Objects that failed (a stage could not finish).</summary>
    public int Failed => Objects.Count - Succeeded - Skipped - Rejected;
}

/// <summary>
/// Progress published as custom status while a run is going: objects done and failed so far, and how many are
/// transforming, waiting for their load turn and validating or loading right now.
/// </summary>
public sealed record IngestProgress(int Total, int Done, int Failed, int Transforming, int Waiting, int Loading);

/// <summary>
/// Input of <see cref="Orchestrations.DailyLoadOrchestration"/>: the bronze prefix to sweep (empty: all) and the day whose
/// partition (<c>…/ingest_date=yyyy-MM-dd/…</c>) to load; no day sweeps every unprocessed object under the prefix.
/// </summary>
public sealed record DailyLoadInput(string Prefix, DateOnly? Day = null);
