namespace Lakehouse.Core.Collection;

/// <summary>
/// What a folder source has already collected, kept as JSON in the bronze bucket (<see cref="BronzeKeys.FolderState"/>):
/// per relative path its size, write time and SHA-256, and per SHA-256 the key holding that content.
/// </summary>
internal sealed class FolderState
{
    /// <summary>Files seen, by relative path.</summary>
    public Dictionary<string, FileEntry> Files { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Bronze key of every content stored, by SHA-256.</summary>
    public Dictionary<string, string> Contents { get; set; } = new(StringComparer.Ordinal);

    /// <summary>One file as last seen.</summary>
    public sealed record FileEntry(long Size, DateTime ModifiedUtc, string Sha256);
}
