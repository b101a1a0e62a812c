using System.Globalization;
using Lakehouse.Core.Catalog;

namespace Lakehouse.Cli;

/// <summary>
/// Ends runs that can never finish: after Ctrl-C, <c>kill -9</c> or a crash of <c>lakehouse ingest</c>, the run's
/// in-process engine is gone but the catalog still says <c>running</c>. At every start the CLI marks as
/// <see cref="RunStatus.Interrupted"/> the runs of its home whose owner has gone (<see cref="RunOwnership"/>) and, when it
/// is the only process using the home's private PostgreSQL, every run still running there (nothing else can be running
/// one: that server serves only this home's CLI). Runs of the Functions app or of other homes are never touched.
/// </summary>
internal static class InterruptedRuns
{
    /// <summary>Marks the abandoned runs; returns them.</summary>
    public static async Task<IReadOnlyList<RunSummary>> MarkAbandonedAsync(CliHome home, LakeCatalog catalog, bool allRunning, CancellationToken cancellationToken)
    {
        var abandoned = RunOwnership.ClaimAbandoned(home);
        try
        {
            if (abandoned.Count == 0 && !allRunning)
            {
                return [];
            }

            var marked = await catalog.InterruptRunsAsync([.. abandoned.Select(a => a.RunId)], allRunning, cancellationToken);
            foreach (var (_, claimed) in abandoned)
            {
                claimed.DeleteAndRelease();
            }

            return marked;
        }
        finally
        {
            foreach (var (_, claimed) in abandoned)
            {
                claimed.Dispose();
            }
        }
    }

    /// <summary>"run … was interrupted: 8 of 9 objects loaded; run the same command again to finish."</summary>
    public static string Describe(RunSummary run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var started = run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return $"run {run.RunId} ({run.Kind}, started {started} UTC) was interrupted: {Progress(run.Succeeded, run.Objects)}";
    }

    /// <summary>"8 of 9 objects loaded; run the same command again to finish."</summary>
    public static string Progress(int loaded, int objects) =>
        $"{loaded} of {objects} objects loaded; run the same command again to finish (objects already loaded are skipped).";
}
