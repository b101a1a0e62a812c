using Lakehouse.Testing;
using Npgsql;

namespace Lakehouse.Core.Tests.Embedded;

public sealed class PostgresServerTests
{
    [RequiresPostgresBinariesFact]
    public async Task CreateDatabaseAsync_SamePrefixTwice_CreatesDistinctDatabases()
    {
        var server = await PostgresServer.GetAsync();

        var first = await server.CreateDatabaseAsync("Storage-Tests");
        var second = await server.CreateDatabaseAsync("Storage-Tests");

        var firstName = new NpgsqlConnectionStringBuilder(first).Database!;
        Assert.NotEqual(first, second);
        Assert.Matches("^storage_tests_[0-9a-f]{8}$", firstName);
        await using var connection = new NpgsqlConnection(first);
        await connection.OpenAsync();
        Assert.Equal(firstName, connection.Database);
    }

    [Fact]
    public void GetAsync_CalledTwice_ReturnsSameInstance()
    {
        var first = PostgresServer.GetAsync();

        var second = PostgresServer.GetAsync();

        Assert.Same(first, second);
    }
}
