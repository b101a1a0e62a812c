namespace Lakehouse.Core.Collection;

/// <summary>One file of a folder pass.</summary>
/// <param name="RelativePath">Path relative to the folder, <c>/</c>-separated.</param>
/// <param name="Status">What happened.</param>
/// <param name="Reason">Why it was skipped, waits or failed (no file content).</param>
/// <param name="Stored">The bronze object, when stored (or, for a duplicate, the object holding that content).</param>
public sealed record FolderFileOutcome(string RelativePath, FolderFileStatus Status, string? Reason, StoredObject? Stored);
