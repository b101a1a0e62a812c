using Lakehouse.Core.Embedded;
using Lakehouse.Testing;
using Npgsql;

namespace Lakehouse.Core.Tests.Embedded;

public sealed class EmbeddedPostgresTests : IDisposable
{
    private readonly TempDirectory _folder = new("embedded-pg");

    private string DataDirectory => _folder.Combine("data");

    public void Dispose() => _folder.Dispose();

    [RequiresPostgresBinariesFact]
    public async Task StartAsync_FreshDirectory_AnswersSelectVersion()
    {
        await using var server = await EmbeddedPostgres.StartAsync(DataDirectory);

        var version = await ScalarAsync<string>(server.ConnectionString, "SELECT version()");

        Assert.StartsWith("PostgreSQL ", version, StringComparison.Ordinal);
        Assert.Equal($"Host=127.0.0.1;Port={server.Port};Username=postgres;Database=postgres", server.ConnectionString);
        Assert.True(File.Exists(Path.Combine(DataDirectory, "PG_VERSION")));
    }

    [RequiresPostgresBinariesFact]
    public async Task StartAsync_Default_RunsWithPostgresCrashSafeSettings()
    {
        await using var server = await EmbeddedPostgres.StartAsync(DataDirectory);

        var settings = await DurabilityAsync(server.ConnectionString);

        Assert.Equal("on on on", settings);
    }

    [RequiresPostgresBinariesFact]
    public async Task StartAsync_Fast_TurnsFsyncSynchronousCommitAndFullPageWritesOff()
    {
        await using var server = await EmbeddedPostgres.StartAsync(DataDirectory, EmbeddedPostgresDurability.Fast);

        var settings = await DurabilityAsync(server.ConnectionString);

        Assert.Equal("off off off", settings);
    }

    [RequiresPostgresBinariesFact]
    public async Task StartAsync_FastServerLeftRunning_RestartsItWithSafeSettings()
    {
        // A crashed run of an older version left a server running with fsync off: adopting it as is would keep it unsafe.
        await EmbeddedPostgres.StartAsync(DataDirectory, EmbeddedPostgresDurability.Fast);

        await using var safe = await EmbeddedPostgres.StartAsync(DataDirectory);

        Assert.Equal("on on on", await DurabilityAsync(safe.ConnectionString));
    }

    [RequiresPostgresBinariesFact]
    public async Task CreateDatabaseAsync_CalledTwice_ReturnsSameUsableDatabase()
    {
        await using var server = await EmbeddedPostgres.StartAsync(DataDirectory);

        var first = await server.CreateDatabaseAsync("lakehouse_demo", CancellationToken.None);
        var second = await server.CreateDatabaseAsync("lakehouse_demo", CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal("lakehouse_demo", await ScalarAsync<string>(second, "SELECT current_database()"));
    }

    [RequiresPostgresBinariesFact]
    public async Task CreateDatabaseAsync_InvalidName_ThrowsArgumentException()
    {
        await using var server = await EmbeddedPostgres.StartAsync(DataDirectory);

        var create = () => server.CreateDatabaseAsync("bad\"; DROP", CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(create);
    }

    [RequiresPostgresBinariesFact]
    public async Task StartAsync_AfterStop_KeepsData()
    {
        var first = await EmbeddedPostgres.StartAsync(DataDirectory);
        var database = await first.CreateDatabaseAsync("keep", CancellationToken.None);
        await ExecuteAsync(database, "CREATE TABLE t (id int); INSERT INTO t VALUES (42)");
        await first.StopAsync();

        await using var second = await EmbeddedPostgres.StartAsync(DataDirectory);
        var restarted = await second.CreateDatabaseAsync("keep", CancellationToken.None);

        Assert.Equal(42, await ScalarAsync<int>(restarted, "SELECT id FROM t"));
    }

    [RequiresPostgresBinariesFact]
    public async Task StartAsync_ServerLeftRunning_AdoptsItOnSamePort()
    {
        // A run that crashed without stopping leaves its postmaster behind.
        var crashed = await EmbeddedPostgres.StartAsync(DataDirectory);

        await using var adopted = await EmbeddedPostgres.StartAsync(DataDirectory);

        Assert.Equal(crashed.Port, adopted.Port);
        Assert.Equal(1, await ScalarAsync<int>(adopted.ConnectionString, "SELECT 1"));
    }

    [RequiresPostgresBinariesFact]
    public async Task StopAsync_CalledTwice_DoesNotThrow()
    {
        var server = await EmbeddedPostgres.StartAsync(DataDirectory);

        await server.StopAsync();
        await server.DisposeAsync();

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => ScalarAsync<int>(server.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public void FindBinaries_EnvironmentVariableWithoutTools_ReturnsNullOrFolderWithPgCtl()
    {
        var folder = EmbeddedPostgres.FindBinaries();

        Assert.True(folder is null || File.Exists(Path.Combine(folder, "pg_ctl")));
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static Task<string> DurabilityAsync(string connectionString) =>
        ScalarAsync<string>(connectionString, "SELECT current_setting('fsync') || ' ' || current_setting('synchronous_commit') || ' ' || current_setting('full_page_writes')");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
