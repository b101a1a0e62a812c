using System.Text.RegularExpressions;
using Lakehouse.Core.Embedded;
using Npgsql;

namespace Lakehouse.Testing;

/// <summary>
/// The PostgreSQL server of this test process: the server named by <c>LAKEHOUSE_TEST_PG</c> (a connection string with
/// the right to CREATE DATABASE) when set, else an <see cref="EmbeddedPostgres"/> in a fresh temp folder, with durability
/// traded for speed (<see cref="EmbeddedPostgresDurability.Fast"/>), stopped at process exit. Each test class takes its own throwaway database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed partial class PostgresServer
{
    /// <summary>Environment variable naming an existing server to use instead of the embedded one.</summary>
    public const string EnvironmentVariable = "LAKEHOUSE_TEST_PG";

    private const string FolderPrefix = "pg";
    private static readonly Lazy<Task<PostgresServer>> Instance = new(StartAsync);
    private readonly List<string> _created = [];

    private PostgresServer(string connectionString, bool isEmbedded)
    {
        ConnectionString = connectionString;
        IsEmbedded = isEmbedded;
    }

    /// <summary>Administrative connection string (database <c>postgres</c> on the embedded server).</summary>
    public string ConnectionString { get; }

    /// <summary>Whether the server is the process's own embedded one.</summary>
    public bool IsEmbedded { get; }

    /// <summary>The process-wide server, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Instance.Value;

    /// <summary>Creates database <c>{prefix}_{8 random hex}</c> (lowercased) and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var clean = NotIdentifier().Replace(prefix.ToLowerInvariant(), "_");
        var name = $"{clean[..Math.Min(clean.Length, 40)]}_{Guid.NewGuid():N}"[..(Math.Min(clean.Length, 40) + 9)];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        lock (_created)
        {
            _created.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            var server = new PostgresServer(external, isEmbedded: false);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DropCreatedDatabases();
            return server;
        }

        var folder = new TempDirectory(FolderPrefix);
        // Fast (fsync off): a throwaway cluster, rebuilt by every test process anyway.
        var embedded = await EmbeddedPostgres.StartAsync(folder.Combine("data"), EmbeddedPostgresDurability.Fast);
        // SIGQUIT: PostgreSQL's immediate shutdown; the cluster is thrown away with the folder anyway.
        TestRunCleanup.OnExit($"kill -QUIT $(head -n 1 '{folder.Combine("data")}/postmaster.pid') 2>/dev/null; sleep 1");
        return new PostgresServer(embedded.ConnectionString, isEmbedded: true);
    }

    private void DropCreatedDatabases()
    {
        // Best effort on a shared server: throwaway databases must not pile up.
        NpgsqlConnection.ClearAllPools();
        try
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
            foreach (var name in _created)
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException)
        {
            // The server may already be gone; nothing else to do at exit.
        }
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotIdentifier();
}
