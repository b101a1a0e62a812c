using System.Diagnostics;

namespace Lakehouse.Cli.Tests;

/// <summary>
/// Runs the built <c>lakehouse</c> command as its own process in a working directory, as a user would: its embedded
/// defaults (private PostgreSQL, lake and masking key under <c>.lakehouse/</c>) live there. Returns the exit code and
/// everything it wrote to standard output and standard error.
/// </summary>
internal static class CliProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lakehouse.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // Settings of the test process must not reach the command: it runs on its embedded defaults.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Lakehouse__", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        // Wide enough that no table cell or line wraps (a value split over two lines would hide from a search of the output).
        start.Environment["COLUMNS"] = "400";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
