namespace Lakehouse.Core.Storage;

/// <summary>Writes a download to a temporary file beside the target, then renames it into place.</summary>
internal static class FileDownload
{
    public static Task WriteAsync(Stream source, string path, CancellationToken cancellationToken) =>
        IntoPlaceAsync(path, async temp =>
        {
            await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            await source.CopyToAsync(file, cancellationToken);
        });

    /// <summary>
    /// Copies a local file with <see cref="File.Copy(string, string)"/>, which the runtime does inside the kernel
    /// (no pass through user-space buffers), then renames it into place.
    /// </summary>
    public static Task CopyAsync(string sourcePath, string path) =>
        IntoPlaceAsync(path, temp =>
        {
            File.Copy(sourcePath, temp);
            return Task.CompletedTask;
        });

    private static async Task IntoPlaceAsync(string path, Func<string, Task> write)
    {
        var target = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = $"{target}.{Guid.NewGuid():N}.part";
        try
        {
            await write(temp);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
