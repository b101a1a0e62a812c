using System.Text.Json;

namespace Lakehouse.Core.Storage;

/// <summary>
/// User metadata of the filesystem store: one JSON file per object under <c>{root}/.meta/{bucket}/{key}.json</c>
/// (outside every bucket folder, so listings never see it), holding the metadata and the ETag of the content it was
/// written with. Metadata whose ETag no longer matches the object (the file was replaced outside the store, or a
/// concurrent put won the race) is treated as absent, so content and metadata never mix across writes.
/// </summary>
internal sealed class MetadataSidecars(string root)
{
    private readonly string _root = Path.Combine(root, ".meta");

    /// <summary>Writes (or, for empty metadata, removes) the sidecar of an object just written with <paramref name="etag"/>.</summary>
    public async Task WriteAsync(string bucket, string key, string etag, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var path = SidecarPath(bucket, key);
        if (metadata.Count == 0)
        {
            Delete(bucket, key);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.part";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await JsonSerializer.SerializeAsync(file, new Sidecar(etag, new Dictionary<string, string>(metadata, StringComparer.Ordinal)), cancellationToken: cancellationToken);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The metadata written with content <paramref name="etag"/>, else empty.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(string bucket, string key, string etag, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = new FileStream(SidecarPath(bucket, key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var sidecar = await JsonSerializer.DeserializeAsync<Sidecar>(file, cancellationToken: cancellationToken);
            return sidecar is not null && sidecar.ETag == etag ? sidecar.Metadata : ObjectMetadata.Empty;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return ObjectMetadata.Empty;
        }
    }

    /// <summary>Removes the sidecar and the folders it leaves empty.</summary>
    public void Delete(string bucket, string key)
    {
        var path = SidecarPath(bucket, key);
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            return;
        }

        var stop = Path.Combine(_root, bucket);
        for (var folder = Path.GetDirectoryName(path)!; folder.Length > stop.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder)!)
        {
            try
            {
                Directory.Delete(folder);
            }
            catch (IOException)
            {
                return;
            }
        }
    }

    // Bucket and key were validated by the store (no '..', no rooted paths), so the path stays under .meta.
    private string SidecarPath(string bucket, string key) => Path.Combine(_root, bucket, key + ".json");

    private sealed record Sidecar(string ETag, Dictionary<string, string> Metadata);
}
