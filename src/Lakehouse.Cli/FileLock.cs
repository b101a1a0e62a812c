namespace Lakehouse.Cli;

/// <summary>
/// An advisory lock on a file, released when disposed or when the process ends however it ends (<c>kill -9</c>
/// included): .NET takes <c>flock</c> for a <see cref="FileStream"/> opened with <see cref="FileShare.None"/>
/// (exclusive) or with sharing and read-only access (shared).
/// </summary>
internal sealed class FileLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, or null when another holder's lock conflicts.</summary>
    public static FileLock? TryAcquire(string path, bool exclusive)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new FileLock(new FileStream(path, FileMode.OpenOrCreate, exclusive ? FileAccess.ReadWrite : FileAccess.Read, exclusive ? FileShare.None : FileShare.ReadWrite));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Waits for the lock.</summary>
    public static async Task<FileLock> AcquireAsync(string path, bool exclusive, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryAcquire(path, exclusive) is { } acquired)
            {
                return acquired;
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    /// <summary>Whether some process holds a lock on <paramref name="path"/> (false when the file does not exist).</summary>
    public static bool IsHeld(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var probe = TryAcquire(path, exclusive: true);
        return probe is null;
    }

    /// <summary>Deletes the file while still holding it, then releases.</summary>
    public void DeleteAndRelease()
    {
        File.Delete(_stream.Name);
        Dispose();
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}
