using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Lakehouse.Core.Embedded;

/// <summary>
/// A private PostgreSQL server over a local data directory, run from the system's binaries (the pattern of the
/// embedded-postgres libraries): initialized on first use (<c>initdb -A trust -U postgres -E UTF8 --locale=C</c>),
/// listening on 127.0.0.1 on a free port with trust authentication, stopped with <c>pg_ctl stop -m fast</c>.
/// It runs with PostgreSQL's crash-safe defaults unless the caller asks for <see cref="EmbeddedPostgresDurability.Fast"/>
/// (tests, benchmarks: throwaway clusters); a server adopted with other durability settings is restarted with the asked ones.
/// As root the tools run through <c>runuser -u postgres --</c>, the data directory is given to that user
/// (<c>chown -R</c>) and its parent folders get <c>o+x</c> so that user can reach it. A server left running on the
/// same data directory by a crashed run is adopted (reused on its port, stopped by <see cref="StopAsync(bool)"/>); one data
/// directory serves one process at a time.
/// </summary>
public sealed partial class EmbeddedPostgres : IAsyncDisposable
{
    private readonly PostgresCommand _command;
    private readonly string _dataDirectory;
    private readonly ILogger _logger;
    private readonly List<string> _databases = ["postgres"];
    private int _stopped;

    private EmbeddedPostgres(PostgresCommand command, string dataDirectory, int port, ILogger logger)
    {
        _command = command;
        _dataDirectory = dataDirectory;
        _logger = logger;
        Port = port;
        ConnectionString = BuildConnectionString("postgres");
    }

    /// <summary>Connection string of the <c>postgres</c> database: <c>Host=127.0.0.1;Port=…;Username=postgres;Database=postgres</c> (no password).</summary>
    public string ConnectionString { get; }

    /// <summary>TCP port the server listens on (127.0.0.1 only).</summary>
    public int Port { get; }

    /// <summary>
    /// Starts (initializing first when it has no <c>PG_VERSION</c>) a server over <paramref name="dataDirectory"/>
    /// and returns once a connection succeeds.
    /// </summary>
    /// <exception cref="EmbeddedPostgresException">Binaries missing, or a command failed (message: command, exit code, log tail).</exception>
    public static Task<EmbeddedPostgres> StartAsync(string dataDirectory, ILogger? logger = null, CancellationToken cancellationToken = default) =>
        StartAsync(dataDirectory, EmbeddedPostgresDurability.Safe, logger, cancellationToken);

    /// <summary>
    /// Like <see cref="StartAsync(string, ILogger?, CancellationToken)"/> with the given <paramref name="durability"/>:
    /// <see cref="EmbeddedPostgresDurability.Fast"/> only for clusters that are thrown away after a crash.
    /// </summary>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, EmbeddedPostgresDurability durability, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        logger ??= NullLogger.Instance;
        var binaries = FindBinaries() ?? throw new EmbeddedPostgresException(
            $"PostgreSQL binaries (initdb, pg_ctl, postgres) not found on PATH or under /usr/lib/postgresql: install PostgreSQL "
            + $"(apt-get install postgresql) or set {PostgresBinaries.EnvironmentVariable} to the folder holding them.");
        var directory = Path.GetFullPath(dataDirectory);
        var command = await PostgresCommand.CreateAsync(binaries, cancellationToken);
        await command.PrepareDirectoryAsync(directory, cancellationToken);
        var control = new PostgresControl(command, directory, durability);
        if (!File.Exists(Path.Combine(directory, "PG_VERSION")))
        {
            await control.InitializeAsync(cancellationToken);
            LogInitialized(logger, directory);
        }

        var adopted = await control.AdoptRunningAsync(cancellationToken);
        if (adopted is { } runningPort)
        {
            LogAdopted(logger, directory, runningPort);
        }

        var port = adopted ?? await control.StartAsync(cancellationToken);
        var server = new EmbeddedPostgres(command, directory, port, logger);
        await control.WaitForConnectionAsync(port, cancellationToken);
        LogStarted(logger, directory, port);
        return server;
    }

    /// <summary>
    /// Folder holding <c>initdb</c>, <c>pg_ctl</c> and <c>postgres</c>: <c>LAKEHOUSE_PG_BIN</c> when set, else the
    /// first PATH entry with them, else the highest <c>/usr/lib/postgresql/&lt;version&gt;/bin</c>; <see langword="null"/> when absent.
    /// </summary>
    public static string? FindBinaries() => PostgresBinaries.Find();

    /// <summary>Creates database <paramref name="name"/> (lowercase letters, digits, <c>_</c>) unless it exists; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException($"Invalid database name '{name}': use up to 63 lowercase letters, digits or '_', not starting with a digit.", nameof(name));
        }

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
            exists.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await CreateAsync(connection, name, cancellationToken);
            }
        }

        lock (_databases)
        {
            _databases.Add(name);
        }

        return BuildConnectionString(name);
    }

    /// <summary>
    /// Stops the server (<c>pg_ctl stop -m fast</c>: open sessions are ended); no error when already stopped. Without
    /// <paramref name="waitForShutdown"/> it returns as soon as the server has been told to stop, which saves a short
    /// command the shutdown checkpoint (a quarter of a second); committed data is safe either way, and a start on the
    /// same directory waits for that shutdown to end.
    /// </summary>
    public async Task StopAsync(bool waitForShutdown = true)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        // Pooled connections die with the server; drop them so a restarted server is not handed broken ones.
        string[] databases;
        lock (_databases)
        {
            databases = [.. _databases.Distinct()];
        }

        foreach (var database in databases)
        {
            using var connection = new NpgsqlConnection(BuildConnectionString(database));
            NpgsqlConnection.ClearPool(connection);
        }

        await new PostgresControl(_command, _dataDirectory).StopAsync(CancellationToken.None, waitForShutdown);
        LogStopped(_logger, _dataDirectory);
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>
    /// Stops a server left running on <paramref name="dataDirectory"/> (e.g. by a killed process), before the folder is
    /// deleted or moved; nothing happens when none runs or the folder holds no cluster.
    /// </summary>
    public static async Task StopIfRunningAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(dataDirectory);
        if (!File.Exists(Path.Combine(directory, "postmaster.pid")) || FindBinaries() is not { } binaries)
        {
            return;
        }

        await new PostgresControl(await PostgresCommand.CreateAsync(binaries, cancellationToken), directory).StopAsync(cancellationToken);
    }

    private static async Task CreateAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        try
        {
            // Validated above: the name is a plain identifier, safe to quote.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Created concurrently by another caller: the goal is met.
        }
    }

    private string BuildConnectionString(string database) =>
        // Formatted, not built with NpgsqlConnectionStringBuilder (reflection that costs a short command's start-up):
        // every part is ours, the database name checked by DatabaseName().
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}");

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Initialized PostgreSQL data directory {DataDirectory}")]
    private static partial void LogInitialized(ILogger logger, string dataDirectory);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Embedded PostgreSQL on {DataDirectory} listening on 127.0.0.1:{Port}")]
    private static partial void LogStarted(ILogger logger, string dataDirectory, int port);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "Adopted a PostgreSQL server left running on {DataDirectory} (port {Port})")]
    private static partial void LogAdopted(ILogger logger, string dataDirectory, int port);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Information, Message = "Stopped embedded PostgreSQL on {DataDirectory}")]
    private static partial void LogStopped(ILogger logger, string dataDirectory);
}
