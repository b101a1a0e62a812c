using System.Globalization;
using System.Text.Json;
using Lakehouse.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Collection;

/// <summary>
/// One pass over a watched folder (an office share): new or changed files (size and write time, then SHA-256) are
/// copied to bronze under their dataset's prefix (<see cref="BronzeKeys.FolderFile"/>) with metadata; a file modified
/// within the quiet period waits for the next pass; content already collected under another name is not stored again;
/// a vanished or unreadable file is reported and the pass goes on. The folder is only read, never modified. State is
/// kept per source in the bronze bucket (<see cref="BronzeKeys.FolderState"/>), so passes may run on any host, one
/// at a time per source.
/// </summary>
public sealed class FolderCollector(IObjectStore store, CollectionWriter writer, IOptions<LakeOptions> lake, TimeProvider time, ILogger<FolderCollector> logger)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly string _bucket = lake.Value.BronzeBucket;

    /// <summary>Runs one pass of a <c>folder</c> source.</summary>
    /// <exception cref="CollectionException">The folder itself is missing or cannot be listed.</exception>
    public async Task<FolderReport> CollectAsync(CollectionSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Kind != CollectionSourceKinds.Folder || string.IsNullOrWhiteSpace(source.FolderPath))
        {
            throw new ArgumentException($"Source '{source.Name}' is not a folder source with a path.", nameof(source));
        }

        var root = Path.GetFullPath(source.FolderPath);
        var files = List(source.Name, root);
        var state = await LoadStateAsync(source.Name, cancellationToken);
        var pass = new FolderPass(source, root, state, writer, time);
        var outcomes = new List<FolderFileOutcome>();
        foreach (var path in files)
        {
            outcomes.Add(await pass.CollectAsync(path, cancellationToken));
            if (outcomes[^1].Status == FolderFileStatus.Failed)
            {
                Log.FolderFileFailed(logger, source.Name, outcomes.Count, outcomes[^1].Reason ?? "");
            }
        }

        pass.ForgetMissing(files);
        if (pass.Changed)
        {
            await SaveStateAsync(source.Name, state, cancellationToken);
        }

        var report = new FolderReport(source.Name, outcomes);
        int stored = report.Count(FolderFileStatus.Stored), skipped = report.Count(FolderFileStatus.Skipped);
        int waiting = report.Count(FolderFileStatus.Waiting), failed = report.Count(FolderFileStatus.Failed);
        Log.FolderPass(logger, source.Name, stored, skipped, waiting, failed);
        return report;
    }

    private static List<string> List(string sourceName, string root)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System };
            return [.. Directory.EnumerateFiles(root, "*", options).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CollectionException(CollectionSourceKinds.Folder, sourceName, null, $"the folder cannot be listed ({e.GetType().Name})", isTransient: true, null, e);
        }
    }

    private async Task<FolderState> LoadStateAsync(string sourceName, CancellationToken cancellationToken)
    {
        var key = BronzeKeys.FolderState(sourceName);
        await store.EnsureBucketAsync(_bucket, cancellationToken);
        if (await store.HeadAsync(_bucket, key, cancellationToken) is null)
        {
            return new FolderState();
        }

        await using var stream = await store.OpenReadAsync(_bucket, key, cancellationToken);
        return await JsonSerializer.DeserializeAsync<FolderState>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Folder state {_bucket}/{key} is empty."));
    }

    private async Task SaveStateAsync(string sourceName, FolderState state, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await JsonSerializer.SerializeAsync(buffer, state, Json, cancellationToken);
        buffer.Position = 0;
        await store.PutAsync(_bucket, BronzeKeys.FolderState(sourceName), buffer, cancellationToken);
    }
}
