namespace Lakehouse.Cli;

/// <summary>
/// Which runs this home's CLI processes own: <c>runs/{runId}.lock</c>, held exclusively by the process running the
/// run on its in-process engine, from before the run is scheduled until it has ended. The engine keeps its state in
/// memory, so a run whose lock nobody holds (the process was killed or crashed) can never finish: it is abandoned.
/// Runs started by the Functions app, or by CLIs of other homes, never have a lock file here.
/// </summary>
internal static class RunOwnership
{
    /// <summary>Claims <paramref name="runId"/> for this process.</summary>
    public static FileLock Claim(CliHome home, string runId) =>
        FileLock.TryAcquire(PathOf(home, runId), exclusive: true)
        ?? throw new InvalidOperationException($"Run {runId} is already owned by another process.");

    /// <summary>The runs whose owner has gone, each claimed by this process (delete with <see cref="FileLock.DeleteAndRelease"/>).</summary>
    public static IReadOnlyList<(string RunId, FileLock Lock)> ClaimAbandoned(CliHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        if (!Directory.Exists(home.Runs))
        {
            return [];
        }

        var abandoned = new List<(string, FileLock)>();
        foreach (var file in Directory.EnumerateFiles(home.Runs, "*.lock"))
        {
            if (FileLock.TryAcquire(file, exclusive: true) is { } claimed)
            {
                abandoned.Add((Path.GetFileNameWithoutExtension(file), claimed));
            }
        }

        return abandoned;
    }

    private static string PathOf(CliHome home, string runId) => Path.Combine(home.Runs, runId + ".lock");
}
