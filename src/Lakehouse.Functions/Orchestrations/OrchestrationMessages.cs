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
/// <paramref name="StopAfterTransform"/> ends a transformed object with status <c>transformed</c>: the caller validates
/// and loads it (<see cref="Orchestrations.IngestOrchestration"/> orders those steps across the objects of a run).
/// </summary>
public sealed record ProcessObjectInput(string RunId, ObjectRef Object, bool Force = false, bool StopAfterTransform = false);

/// <summary>What happened to one object: its final status, counts, findings (value-free) and error.</summary>
public sealed record ProcessObjectResult(
    string Bucket,
    string Key,
    long? ObjectId,
    string? Dataset,
    string Status,
    long RowsRead,
    long RowsQuarantined,
    long RowsLoaded,
    IReadOnlyList<Finding> Findings,
    string? Error);

/// <summary>Result of a run: one entry per object, in input order.</summary>
public sealed record IngestResult(string RunId, IReadOnlyList<ProcessObjectResult> Objects)
{
    /// <summary>Objects loaded or skipped as already processed.</summary>
    public int Succeeded => Objects.Count(o => o.Status is "loaded");

    /// <summary>Objects skipped (duplicate content, unknown dataset, already loaded).</summary>
    public int Skipped => Objects.Count(o => o.Status is "duplicate" or "skipped");

    /// <summary>Objects that failed or were rejected.</summary>
    public int Failed => Objects.Count - Succeeded - Skipped;
}

/// <summary>Progress published as custom status while a run is going.</summary>
public sealed record IngestProgress(int Total, int Done, int Failed, string Stage);

/// <summary>
/// Input of <see cref="Orchestrations.DailyLoadOrchestration"/>: the bronze prefix to sweep (empty: all) and the day whose
/// partition (<c>…/ingest_date=yyyy-MM-dd/…</c>) to load; no day sweeps every unprocessed object under the prefix.
/// </summary>
public sealed record DailyLoadInput(string Prefix, DateOnly? Day = null);
