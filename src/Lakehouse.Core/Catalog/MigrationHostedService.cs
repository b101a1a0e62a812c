using Microsoft.Extensions.Hosting;

namespace Lakehouse.Core.Catalog;

/// <summary>Applies the catalog and warehouse migrations when a host starts (Functions app).</summary>
public sealed class MigrationHostedService(DatabaseMigrator migrator) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => migrator.ApplyAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
