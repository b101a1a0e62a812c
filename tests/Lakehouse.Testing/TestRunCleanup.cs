using System.Diagnostics;
using System.Globalization;

namespace Lakehouse.Testing;

/// <summary>
/// Everything a test process starts outside itself (s3rver, a PostgreSQL cluster) and every temp folder it makes is
/// gone when the process ends, however it ends. <c>dotnet test</c> kills its test hosts when the run is over, so
/// <see cref="AppDomain.ProcessExit"/> handlers do not run; instead a detached watchdog (<c>watchdog.sh</c>) waits for
/// this process to disappear, runs the cleanup commands registered here (stop servers), then deletes
/// <see cref="RunFolder"/>, the parent of every <see cref="TempDirectory"/> of this process.
/// </summary>
public static class TestRunCleanup
{
    private static readonly Lock Gate = new();
    private static readonly Lazy<string> Folder = new(Start);

    /// <summary>This process's folder under <c>/tmp/lakehouse-tests</c>; removed when the process ends.</summary>
    public static string RunFolder => Folder.Value;

    /// <summary>Adds a shell command the watchdog runs when this process has ended (before the folder is removed).</summary>
    public static void OnExit(string shellCommand)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shellCommand);
        lock (Gate)
        {
            File.AppendAllText(Path.Combine(RunFolder, "cleanup.sh"), shellCommand + Environment.NewLine);
        }
    }

    private static string Start()
    {
        var root = Path.Combine(Path.GetTempPath(), "lakehouse-tests");
        var folder = Path.Combine(root, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}"[..(12 + Environment.ProcessId.ToString(CultureInfo.InvariantCulture).Length)]);
        StartWatchdog(Environment.ProcessId, folder);
        return folder;
    }

    /// <summary>
    /// Starts a detached watchdog that, once process <paramref name="parentPid"/> has ended, runs
    /// <c>{folder}/cleanup.sh</c> (if any) and deletes <paramref name="folder"/> (created here if missing).
    /// </summary>
    public static void StartWatchdog(int parentPid, string folder)
    {
        Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, "watchdog.sh");
        File.WriteAllText(script, """
            # lakehouse-test-watchdog: cleans up after a test process once it has ended.
            exec </dev/null >/dev/null 2>&1
            # Close inherited descriptors (a build lock held by the caller, for one) so this process holds nothing.
            for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] 2>/dev/null && eval "exec $n>&-"; done
            parent=$1; folder=$2
            while kill -0 "$parent" 2>/dev/null; do sleep 0.5; done
            [ -f "$folder/cleanup.sh" ] && bash "$folder/cleanup.sh"
            rm -rf "$folder"
            rmdir "$(dirname "$folder")" 2>/dev/null
            exit 0
            """);
        var start = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "bash", script, parentPid.ToString(CultureInfo.InvariantCulture), folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var watchdog = Process.Start(start) ?? throw new InvalidOperationException("Could not start the test cleanup watchdog (setsid bash).");
        watchdog.StandardInput.Close();
    }
}
