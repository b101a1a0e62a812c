using Lakehouse.Core.Catalog;
using Lakehouse.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Lakehouse.Core.Tests.Catalog;

/// <summary>How runs end in the catalog: counted by outcome, or interrupted when their process died first.</summary>
public sealed class LakeCatalogRunTests : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private LakeCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.GetAsync();
        _dataSource = NpgsqlDataSource.Create(await server.CreateDatabaseAsync("catalog-runs"));
        await new DatabaseMigrator(_dataSource, NullLogger<DatabaseMigrator>.Instance).ApplyAsync(CancellationToken.None);
        _catalog = new LakeCatalog(_dataSource);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [RequiresPostgresBinariesFact]
    public async Task CompleteRunAsync_OneObjectRejected_CountsItRejectedNotFailed()
    {
        await _catalog.StartRunAsync("run-r", "ingest", 2, CancellationToken.None);
        await ObjectAsync("run-r", "a.csv", ObjectStatus.Loaded);
        await ObjectAsync("run-r", "b.csv", ObjectStatus.Rejected);

        await _catalog.CompleteRunAsync("run-r", succeeded: 1, failed: 0, skipped: 0, CancellationToken.None);

        var run = (await _catalog.ListRunsAsync(10, CancellationToken.None)).Single();
        Assert.Equal((1, 0, 1, RunStatus.Partial), (run.Succeeded, run.Failed, run.Rejected, run.Status));
    }

    [RequiresPostgresBinariesFact]
    public async Task InterruptRunsAsync_NamedRuns_MarksOnlyThoseStillRunningWithTheirLoadedCount()
    {
        await _catalog.StartRunAsync("dead", "ingest", 3, CancellationToken.None);
        await ObjectAsync("dead", "a.csv", ObjectStatus.Loaded);
        await ObjectAsync("dead", "b.csv", ObjectStatus.Transformed);
        await _catalog.StartRunAsync("other", "object", 1, CancellationToken.None);
        await _catalog.StartRunAsync("done", "ingest", 0, CancellationToken.None);
        await _catalog.CompleteRunAsync("done", 0, 0, 0, CancellationToken.None);

        var marked = await _catalog.InterruptRunsAsync(["dead", "done"], allRunning: false, CancellationToken.None);

        var run = Assert.Single(marked);
        Assert.Equal(("dead", RunStatus.Interrupted, 1, 3), (run.RunId, run.Status, run.Succeeded, run.Objects));
        var statuses = (await _catalog.ListRunsAsync(10, CancellationToken.None)).ToDictionary(r => r.RunId, r => r.Status);
        Assert.Equal(RunStatus.Running, statuses["other"]);
        Assert.Equal(RunStatus.Succeeded, statuses["done"]);
    }

    [RequiresPostgresBinariesFact]
    public async Task InterruptRunsAsync_AllRunning_MarksEveryRunningRun()
    {
        await _catalog.StartRunAsync("one", "ingest", 1, CancellationToken.None);
        await _catalog.StartRunAsync("two", "ingest", 1, CancellationToken.None);

        var marked = await _catalog.InterruptRunsAsync([], allRunning: true, CancellationToken.None);

        Assert.Equal(["one", "two"], marked.Select(r => r.RunId).Order(StringComparer.Ordinal));
        Assert.Equal("interrupted", RunStatus.Interrupted.ToText());
    }

    private async Task ObjectAsync(string runId, string key, ObjectStatus status)
    {
        var registered = await _catalog.RegisterAsync("lake-bronze", $"{runId}/{key}", "etag", $"sha-{runId}-{key}", 10, "orders", null, CancellationToken.None);
        await _catalog.RecordStageAsync(runId, registered.ObjectId, PipelineStage.Register, StageStatus.Succeeded, null, DateTimeOffset.UtcNow, null, null, CancellationToken.None);
        await _catalog.SetStatusAsync(registered.ObjectId, status, null, CancellationToken.None);
    }
}
