using System.Diagnostics;
using System.Text;

namespace Lakehouse.Core.Embedded;

/// <summary>
/// Runs the PostgreSQL tools. PostgreSQL refuses to run as root, so as root every command goes through
/// <c>runuser -u postgres --</c> and the data directory is handed to that user.
/// </summary>
internal sealed class PostgresCommand
{
    private const string ServiceUser = "postgres";
    private readonly string _binaries;
    private readonly bool _asServiceUser;

    private PostgresCommand(string binaries, bool asServiceUser)
    {
        _binaries = binaries;
        _asServiceUser = asServiceUser;
    }

    public static async Task<PostgresCommand> CreateAsync(string binaries, CancellationToken cancellationToken)
    {
        if (Environment.UserName != "root")
        {
            return new PostgresCommand(binaries, asServiceUser: false);
        }

        var user = await RunRawAsync("id", ["-u", ServiceUser], cancellationToken);
        if (user.ExitCode != 0)
        {
            throw new EmbeddedPostgresException(
                $"Running as root, and PostgreSQL refuses to run as root: its tools must run as the '{ServiceUser}' user, which does not exist. "
                + "Install the postgresql package (it creates the user: apt-get install postgresql), or run as a non-root user.");
        }

        return new PostgresCommand(binaries, asServiceUser: true);
    }

    /// <summary>Creates <paramref name="dataDirectory"/> and, as root, gives it to the service user and opens its parents for traversal.</summary>
    public async Task PrepareDirectoryAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        if (!_asServiceUser || OperatingSystem.IsWindows())
        {
            return;
        }

        for (var parent = Path.GetDirectoryName(dataDirectory); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            var mode = File.GetUnixFileMode(parent);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                File.SetUnixFileMode(parent, mode | UnixFileMode.OtherExecute);
            }
        }

        // A server of the previous command may still be shutting down in this directory (the CLI does not wait for its
        // shutdown checkpoint): a file it removes during the walk (postmaster.pid) fails chown with "No such file or
        // directory". Nothing is left to give away then; walk again to be sure of what remains.
        var chown = await RunRawAsync("chown", ["-R", ServiceUser, dataDirectory], cancellationToken);
        for (var attempt = 1; chown.ExitCode != 0 && attempt < 3 && OnlyVanishedFiles(chown.Output); attempt++)
        {
            chown = await RunRawAsync("chown", ["-R", ServiceUser, dataDirectory], cancellationToken);
        }

        if (chown.ExitCode != 0)
        {
            throw new EmbeddedPostgresException($"'chown -R {ServiceUser} {dataDirectory}' exited with {chown.ExitCode}: {chown.Output.Trim()}");
        }
    }

    /// <summary>Whether every line of a failed chown's output is about a file that no longer exists.</summary>
    private static bool OnlyVanishedFiles(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(line => line.Contains(": No such file or directory", StringComparison.Ordinal));

    /// <summary>Runs <paramref name="tool"/> (initdb, pg_ctl...) from the binaries folder; returns exit code and output.</summary>
    public Task<(int ExitCode, string Output)> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(_binaries, tool);
        return _asServiceUser
            ? RunRawAsync("runuser", ["-u", ServiceUser, "--", executable, .. arguments], cancellationToken)
            : RunRawAsync(executable, arguments, cancellationToken);
    }

    /// <summary>Describes a command line for error messages.</summary>
    public string Describe(string tool, IReadOnlyList<string> arguments) =>
        (_asServiceUser ? $"runuser -u {ServiceUser} -- " : "") + string.Join(' ', [Path.Combine(_binaries, tool), .. arguments]);

    private static async Task<(int ExitCode, string Output)> RunRawAsync(string executable, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        // "/" as working directory: the service user may not be able to enter ours (e.g. /root).
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new EmbeddedPostgresException($"Could not start '{executable}'.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }
}
