using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Lakehouse.Core.Embedded;

/// <summary>initdb / pg_ctl over one data directory, with errors that carry the command, exit code and log tail.</summary>
internal sealed class PostgresControl
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(60);
    private readonly PostgresCommand _command;
    private readonly string _directory;
    private readonly string _logFile;
    private readonly EmbeddedPostgresDurability _durability;

    public PostgresControl(PostgresCommand command, string directory, EmbeddedPostgresDurability durability = EmbeddedPostgresDurability.Safe)
    {
        _command = command;
        _directory = directory;
        _durability = durability;
        _logFile = Path.Combine(directory, "postgres.log");
    }

    private bool Fast => _durability == EmbeddedPostgresDurability.Fast;

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        RunCheckedAsync("initdb", ["-D", _directory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", .. Fast ? ["--no-sync"] : Array.Empty<string>()], cancellationToken);

    /// <summary>
    /// Returns the port of a server already running on the directory and answering with the asked durability, else null
    /// (stopping a hung one, or one started with other durability settings so that it restarts with the asked ones).
    /// </summary>
    public async Task<int?> AdoptRunningAsync(CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(_directory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var (status, _) = await _command.RunAsync("pg_ctl", ["status", "-D", _directory], cancellationToken);
        if (status != 0)
        {
            return null; // A stale pid file of a dead server: postgres clears it on start.
        }

        // postmaster.pid line 4 is the port (see PostgreSQL's pidfile.h); the file is gone when the server just ended.
        var lines = File.Exists(pidFile) ? await File.ReadAllLinesAsync(pidFile, cancellationToken) : [];
        if (lines.Length > 3 && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            && await CanConnectAsync(port, cancellationToken) && await FsyncAsync(port, cancellationToken) == !Fast)
        {
            return port;
        }

        await StopAsync(cancellationToken);
        return null;
    }

    /// <summary>Starts the server on a free port (retrying when another process takes the port first); returns the port.</summary>
    public async Task<int> StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            string[] arguments = ["-D", _directory, "-l", _logFile, "-o", ServerOptions(port), "-w", "-t", "60", "start"];
            var (exitCode, output) = await _command.RunAsync("pg_ctl", arguments, cancellationToken);
            if (exitCode == 0)
            {
                return port;
            }

            var log = LogTail();
            if (attempt < StartAttempts && log.Contains("could not bind", StringComparison.Ordinal))
            {
                continue;
            }

            throw Failure("pg_ctl", arguments, exitCode, output, log);
        }
    }

    /// <summary>
    /// <c>pg_ctl stop -m fast</c>; without <paramref name="wait"/> it returns once the server was told to stop (it then
    /// finishes its shutdown checkpoint by itself; a start meanwhile waits for it, see <see cref="AdoptRunningAsync"/>).
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken, bool wait = true)
    {
        string[] arguments = ["stop", "-D", _directory, "-m", "fast", wait ? "-w" : "-W", "-t", "60"];
        var (exitCode, output) = await _command.RunAsync("pg_ctl", arguments, cancellationToken);
        if (exitCode == 0)
        {
            return;
        }

        // pg_ctl stop fails when nothing runs; status 3 = "no server running", which is the goal.
        var (status, _) = await _command.RunAsync("pg_ctl", ["status", "-D", _directory], cancellationToken);
        if (status != 3)
        {
            throw Failure("pg_ctl", arguments, exitCode, output, LogTail());
        }
    }

    public async Task WaitForConnectionAsync(int port, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + ConnectTimeout;
        while (!await CanConnectAsync(port, cancellationToken))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new EmbeddedPostgresException(
                    $"PostgreSQL on {_directory} started but refused connections on 127.0.0.1:{port} for {ConnectTimeout.TotalSeconds:0}s. Log tail:{Environment.NewLine}{LogTail()}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private static NpgsqlConnection Connect(int port) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=5"));

    private static async Task<bool> FsyncAsync(int port, CancellationToken cancellationToken)
    {
        await using var connection = Connect(port);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_setting('fsync') = 'on'", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private static async Task<bool> CanConnectAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = Connect(port);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (NpgsqlException)
        {
            return false; // Not up yet (connection refused, "the database system is starting up").
        }
    }

    private string ServerOptions(int port)
    {
        // pg_ctl passes -o through /bin/sh: quote the socket folder. Unix socket paths are limited to ~107 bytes,
        // so a long data directory gets no socket at all (clients use TCP anyway).
        var socketDirectory = _directory.Length <= 90 ? _directory : "";
        var quoted = "'" + socketDirectory.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        var fast = Fast ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "";
        return $"-p {port} -k {quoted} -c listen_addresses=127.0.0.1{fast}";
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task RunCheckedAsync(string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await _command.RunAsync(tool, arguments, cancellationToken);
        if (exitCode != 0)
        {
            throw Failure(tool, arguments, exitCode, output, LogTail());
        }
    }

    private EmbeddedPostgresException Failure(string tool, string[] arguments, int exitCode, string output, string log) =>
        new($"'{_command.Describe(tool, arguments)}' exited with code {exitCode}.{Environment.NewLine}"
            + $"Output:{Environment.NewLine}{output.Trim()}{Environment.NewLine}"
            + $"{_logFile} (tail):{Environment.NewLine}{log}");

    private string LogTail()
    {
        try
        {
            using var reader = new StreamReader(new FileStream(_logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
            var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(Environment.NewLine, lines.TakeLast(20));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }
}
