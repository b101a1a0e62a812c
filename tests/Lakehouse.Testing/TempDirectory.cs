namespace Lakehouse.Testing;

/// <summary>A fresh folder under the system temp folder, deleted (best effort) on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates <c>{temp}/lakehouse-tests/{prefix}-{random}</c>.</summary>
    public TempDirectory(string prefix = "tmp")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        Path = System.IO.Path.Combine(Parent, $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>Folder holding every test temp folder: <c>{temp}/lakehouse-tests</c>.</summary>
    public static string Parent => TestRunCleanup.RunFolder;

    /// <summary>Absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>Path of <paramref name="relative"/> inside the folder (not created).</summary>
    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Deletes the folder and its content; files still in use are left behind.</summary>
    public void Dispose() => DeleteBestEffort(Path);

    /// <summary>Deletes <paramref name="path"/> recursively, leaving it when a file is still in use.</summary>
    public static void DeleteBestEffort(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a process may still hold a file (e.g. a server log).
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort, as above.
        }
    }
}
