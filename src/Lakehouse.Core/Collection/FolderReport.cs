namespace Lakehouse.Core.Collection;

/// <summary>The outcome of one pass over a watched folder, file by file in path order.</summary>
/// <param name="Source">Folder source name.</param>
/// <param name="Files">Every file looked at.</param>
public sealed record FolderReport(string Source, IReadOnlyList<FolderFileOutcome> Files)
{
    /// <summary>Files written to bronze: the ones to process.</summary>
    public IReadOnlyList<FolderFileOutcome> Stored => [.. Files.Where(f => f.Status == FolderFileStatus.Stored)];

    /// <summary>Count of files with <paramref name="status"/>.</summary>
    public int Count(FolderFileStatus status) => Files.Count(f => f.Status == status);
}
