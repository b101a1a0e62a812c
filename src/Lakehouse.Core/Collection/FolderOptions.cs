namespace Lakehouse.Core.Collection;

/// <summary>The watched folder (an office share mounted on the host), section <c>Lakehouse:Collection:Folder</c>.</summary>
public sealed class FolderOptions
{
    /// <summary>Configuration section (bound as part of <see cref="CollectionOptions"/>).</summary>
    public const string SectionName = "Lakehouse:Collection:Folder";

    /// <summary>Folder to watch; unset = no default folder source. The folder is only read, never modified.</summary>
    public string? Path { get; set; }

    /// <summary>
    /// A file modified less than this many seconds ago is still being written and waits for the next pass. Default 60.
    /// </summary>
    public int QuietPeriodSeconds { get; set; } = 60;
}
