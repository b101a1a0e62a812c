using Lakehouse.Core.Catalog;
using Lakehouse.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Lakehouse.Core.Tests.Catalog;

public sealed class DatabaseMigratorTests
{
    [RequiresPostgresBinariesFact]
    public async Task IsUpToDateAsync_BeforeAndAfterApply_FalseThenTrue()
    {
        await using var dataSource = NpgsqlDataSource.Create(await (await PostgresServer.GetAsync()).CreateDatabaseAsync("migrator"));
        var migrator = new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance);

        var before = await migrator.IsUpToDateAsync(CancellationToken.None);
        await migrator.ApplyAsync(CancellationToken.None);
        var after = await migrator.IsUpToDateAsync(CancellationToken.None);

        Assert.Equal((false, true), (before, after));
    }
}
