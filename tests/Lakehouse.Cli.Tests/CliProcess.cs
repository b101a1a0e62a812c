using System.Diagnostics;
using Lakehouse.Testing;

namespace Lakehouse.Cli.Tests;

/// <summary>
/// The built CLI (<c>src/Lakehouse.Cli/bin/{configuration}/net10.0/lakehouse.dll</c>, built with this test project) run
/// as a child process, as a user or a script runs it: stdout and stderr piped, an environment of the test's own
/// (<c>LAKEHOUSE_HOME</c> in a temp folder, a throwaway warehouse).
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private CliProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Path of the built <c>lakehouse.dll</c> of this test build's configuration.</summary>
    public static string Dll { get; } = Path.Combine(RepoPaths.Root, "src", "Lakehouse.Cli", "bin",
        Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!, "net10.0", "lakehouse.dll");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// The environment of a CLI with its own home in <paramref name="home"/> and a throwaway warehouse database (so a
    /// killed CLI leaves no server behind: the test process's PostgreSQL serves it).
    /// </summary>
    public static async Task<Dictionary<string, string?>> EnvironmentAsync(string home, string databasePrefix) => new()
    {
        [CliHome.EnvironmentVariable] = home,
        ["ConnectionStrings__Warehouse"] = await (await PostgresServer.GetAsync()).CreateDatabaseAsync(databasePrefix),
        ["Lakehouse__Masking__Key"] = "cli-tests-masking-key-0001",
    };

    /// <summary>Starts <c>dotnet lakehouse.dll {args}</c> in <paramref name="workingDirectory"/> with <paramref name="environment"/> added.</summary>
    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Nothing of the test host's own lakehouse settings leaks in.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Lakehouse__", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || k == CliHome.EnvironmentVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        // A process the test kills (kill -9) cannot delete its temporary files: they go to the test run's folder, which
        // the run's cleanup removes however the run ends.
        start.Environment["TMPDIR"] = Directory.CreateDirectory(Path.Combine(TestRunCleanup.RunFolder, "tmp")).FullName;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new CliProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet"));
        process._process.StandardInput.Close();
        return process;
    }

    /// <summary>Runs to the end (5 minutes at most).</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        return await process.WaitAsync(TimeSpan.FromMinutes(5));
    }

    /// <summary>Waits for the end; returns exit code, stdout and stderr.</summary>
    public async Task<(int ExitCode, string Out, string Error)> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return (_process.ExitCode, await _stdout, await _stderr);
    }

    /// <summary>Sends a signal (<c>kill -INT</c>, <c>-TERM</c>) to the process.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", [$"-{name}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary><c>kill -9</c> (nothing when it has ended).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
