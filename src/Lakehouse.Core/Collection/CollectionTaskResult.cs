namespace Lakehouse.Core.Collection;

/// <summary>
/// What one <see cref="CollectionTask"/> did, fit for orchestration history: the bronze objects it wrote or found (keys,
/// no bytes), which of them still need processing, and counts.
/// </summary>
/// <param name="Objects">Bronze objects of the task: new ones, and ones already stored with the same content.</param>
/// <param name="Rows">Rows of the answer inside its window (API sources).</param>
/// <param name="Attempts">HTTP attempts (API sources).</param>
/// <param name="Waiting">Folder files still being written: collected on a later pass.</param>
/// <param name="FailedFiles">Folder files that vanished or could not be read (reported; the pass went on).</param>
public sealed record CollectionTaskResult(IReadOnlyList<CollectedRef> Objects, int Rows, int Attempts, int Waiting, int FailedFiles);

/// <summary>A bronze object a collection task wrote (<paramref name="IsNew"/>) or found holding the same content.</summary>
/// <param name="Bucket">Bronze bucket.</param>
/// <param name="Key">Key.</param>
/// <param name="ETag">ETag of the stored version.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="IsNew">Whether this task wrote it.</param>
/// <param name="NeedsProcessing">Whether the catalog has not yet brought this version to a final state (loaded, duplicate, rejected…).</param>
public sealed record CollectedRef(string Bucket, string Key, string ETag, long Size, bool IsNew, bool NeedsProcessing);
