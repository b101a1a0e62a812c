using System.Globalization;

namespace Lakehouse.Core.Collection;

/// <summary>The per-file decisions of one <see cref="FolderCollector"/> pass, updating the source's state.</summary>
internal sealed class FolderPass(CollectionSource source, string root, FolderState state, CollectionWriter writer, TimeProvider time)
{
    private readonly DateTime _now = time.GetUtcNow().UtcDateTime;

    /// <summary>Whether the state changed and must be saved.</summary>
    public bool Changed { get; private set; }

    public async Task<FolderFileOutcome> CollectAsync(string path, CancellationToken cancellationToken)
    {
        var relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome(relative, FolderFileStatus.Skipped, "hidden or temporary file");
        }

        var info = new FileInfo(path);
        if (!info.Exists || (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true }))
        {
            return Outcome(relative, FolderFileStatus.Failed, "vanished before it was read");
        }

        var (size, modified) = (info.Length, info.LastWriteTimeUtc);
        if (_now - modified < source.QuietPeriod)
        {
            return Outcome(relative, FolderFileStatus.Waiting, string.Create(CultureInfo.InvariantCulture, $"modified less than {source.QuietPeriod.TotalSeconds:0} s ago"));
        }

        state.Files.TryGetValue(relative, out var known);
        if (known is not null && known.Size == size && known.ModifiedUtc == modified)
        {
            return Outcome(relative, FolderFileStatus.Skipped, "unchanged since the last pass");
        }

        HashedCopy copy;
        try
        {
            copy = await HashedCopy.CreateAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Outcome(relative, FolderFileStatus.Failed, "vanished before it was read");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Outcome(relative, FolderFileStatus.Failed, $"unreadable ({e.GetType().Name})");
        }

        using (copy)
        {
            return await DecideAsync(relative, info, (size, modified), known, copy, cancellationToken);
        }
    }

    /// <summary>Forgets the paths no longer in the folder (their content stays known, so a re-added copy is not stored again).</summary>
    public void ForgetMissing(IEnumerable<string> paths)
    {
        var present = paths.Select(p => Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/')).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in state.Files.Keys.Where(k => !present.Contains(k)).ToList())
        {
            state.Files.Remove(gone);
            Changed = true;
        }
    }

    private async Task<FolderFileOutcome> DecideAsync(
        string relative, FileInfo info, (long Size, DateTime Modified) before, FolderState.FileEntry? known, HashedCopy copy, CancellationToken cancellationToken)
    {
        info.Refresh();
        if (!info.Exists || info.Length != before.Size || info.LastWriteTimeUtc != before.Modified || copy.Size != before.Size)
        {
            return Outcome(relative, FolderFileStatus.Waiting, "changed while being read");
        }

        var entry = new FolderState.FileEntry(before.Size, before.Modified, copy.Sha256);
        if (known is not null && known.Sha256 == copy.Sha256)
        {
            Remember(relative, entry, null);
            return Outcome(relative, FolderFileStatus.Skipped, "content unchanged (only the write time changed)");
        }

        if (state.Contents.TryGetValue(copy.Sha256, out var holder))
        {
            Remember(relative, entry, null);
            return Outcome(relative, FolderFileStatus.Skipped, $"same content as {holder}");
        }

        var key = BronzeKeys.FolderFile(relative, DateOnly.FromDateTime(_now));
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CollectionMetadata.Source] = CollectionSourceKinds.Folder,
            [CollectionMetadata.Subject] = source.Name,
            [CollectionMetadata.FetchedAt] = _now.ToString("O", CultureInfo.InvariantCulture),
            [CollectionMetadata.ModifiedAt] = before.Modified.ToString("O", CultureInfo.InvariantCulture),
            [CollectionMetadata.Sha256] = copy.Sha256,
        };
        var stored = await writer.StoreAsync(key, copy.OpenRead, copy.Sha256, copy.Md5, metadata, cancellationToken);
        Remember(relative, entry, key);
        return new FolderFileOutcome(relative, FolderFileStatus.Stored, stored.IsNew ? null : "already in bronze under the same key", stored);
    }

    private void Remember(string relative, FolderState.FileEntry entry, string? key)
    {
        state.Files[relative] = entry;
        if (key is not null)
        {
            state.Contents[entry.Sha256] = key;
        }

        Changed = true;
    }

    private static FolderFileOutcome Outcome(string relative, FolderFileStatus status, string reason) => new(relative, status, reason, null);
}
