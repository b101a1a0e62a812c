namespace Lakehouse.Core.Collection;

/// <summary>What a folder pass did with one file.</summary>
public enum FolderFileStatus
{
    /// <summary>New content, written to bronze.</summary>
    Stored,

    /// <summary>Nothing to do: unchanged since the last pass, the same content as another file, or a temporary file.</summary>
    Skipped,

    /// <summary>Modified within the quiet period (or while being read): looked at again on the next pass.</summary>
    Waiting,

    /// <summary>Vanished or unreadable; reported, the pass goes on.</summary>
    Failed,
}
