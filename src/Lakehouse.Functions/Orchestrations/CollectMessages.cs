namespace Lakehouse.Functions;

/// <summary>
/// Input of <see cref="Orchestrations.CollectOrchestration"/>: what to collect, every part optional (the timer sends none:
/// every configured source over the last <c>Lakehouse:Collection:LookbackDays</c> days).
/// </summary>
/// <param name="Source">A source name or kind (<c>bcb</c>, <c>weather</c>, <c>folder</c>); null = every source.</param>
/// <param name="Series">SGS codes (Banco Central sources only); null = every configured series.</param>
/// <param name="From">First day; null = the lookback before <paramref name="To"/>.</param>
/// <param name="To">Last day; null = today in São Paulo.</param>
/// <param name="Kind">Kind of the catalog run that processes what was stored.</param>
public sealed record CollectInput(string? Source = null, IReadOnlyList<int>? Series = null, DateOnly? From = null, DateOnly? To = null, string Kind = "collect");

/// <summary>A branch of a collection that failed: which source, subject and window, and why (value-free).</summary>
public sealed record CollectFailure(string Source, string Kind, string Subject, string? Window, string Error);

/// <summary>Progress published as custom status while a collection runs: tasks done and failed, objects stored, the phase.</summary>
/// <param name="Total">Collection tasks planned.</param>
/// <param name="Done">Tasks finished (succeeded or failed).</param>
/// <param name="Failed">Tasks that failed.</param>
/// <param name="Stored">New bronze objects so far.</param>
/// <param name="Phase"><c>collecting</c>, then <c>processing</c> (the ingest run <see cref="IngestId"/>), then <c>done</c>.</param>
/// <param name="IngestId">Instance id of the ingest run once it started.</param>
public sealed record CollectProgress(int Total, int Done, int Failed, int Stored, string Phase, string? IngestId = null);

/// <summary>What a collection did: its tasks, what it stored, what failed, and the run that processed the new objects.</summary>
/// <param name="CollectId">The orchestration instance.</param>
/// <param name="Tasks">Tasks planned.</param>
/// <param name="Stored">New bronze objects (new content under their key).</param>
/// <param name="Unchanged">Objects whose key already held the same content.</param>
/// <param name="Rows">Rows of the API answers inside their windows.</param>
/// <param name="Waiting">Folder files still being written (next pass).</param>
/// <param name="FailedFiles">Folder files that vanished or could not be read.</param>
/// <param name="Failures">Failed branches.</param>
/// <param name="Ingest">The processing of the objects that needed it, or null when none did.</param>
/// <param name="Error">Why nothing was collected (an unknown source or series), or null.</param>
public sealed record CollectResult(
    string CollectId, int Tasks, int Stored, int Unchanged, long Rows, int Waiting, int FailedFiles, IReadOnlyList<CollectFailure> Failures, IngestResult? Ingest, string? Error = null)
{
    /// <summary>True when every branch collected and every processed object loaded (or was skipped).</summary>
    public bool Succeeded => Error is null && Failures.Count == 0 && FailedFiles == 0 && (Ingest?.Failed ?? 0) == 0;
}
