namespace Lakehouse.Core;

/// <summary>A temporary file deleted on dispose: stages objects between the lake and the stages.</summary>
public sealed class TempFile : IDisposable
{
    /// <summary>Creates an unused temporary file path with the given extension.</summary>
    public TempFile(string extension = ".tmp") =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"lakehouse-{Guid.NewGuid():N}{extension}");

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>Deletes the file if it exists.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp file is not worth failing a stage for.
        }
    }
}
