using Lakehouse.Core.Catalog;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Collection;

/// <summary>
/// Runs one <see cref="CollectionTask"/>: fetches one window of a series or location and stores the answer
/// (<see cref="ApiCollector"/>), or makes one pass over a watched folder (<see cref="FolderCollector"/>), then asks the
/// catalog which of the task's objects still need processing, so collecting the same window again loads nothing twice.
/// Idempotent (the writer stores nothing new for unchanged content): safe to run again.
/// </summary>
public sealed class CollectionTasks(ApiCollector api, FolderCollector folders, LakeCatalog catalog, IOptions<CollectionOptions> options)
{
    private static readonly HashSet<ObjectStatus> Final = [ObjectStatus.Loaded, ObjectStatus.Duplicate, ObjectStatus.UnknownDataset, ObjectStatus.Rejected];

    /// <summary>The configured sources, defaults applied.</summary>
    public IReadOnlyList<CollectionSource> Sources => CollectionSources.Resolve(options.Value);

    /// <summary>Plans <paramref name="request"/> on the configured sources at <paramref name="utcNow"/>.</summary>
    /// <exception cref="CollectionRequestException">An unknown source or series, or an impossible range.</exception>
    public IReadOnlyList<CollectionTask> Plan(CollectionRequest request, DateTime utcNow) =>
        CollectionPlanner.Plan(Sources, request, CollectionPlanner.Today(utcNow), options.Value.LookbackDays);

    /// <summary>Runs <paramref name="task"/>.</summary>
    /// <exception cref="CollectionException">The source failed (<see cref="CollectionException.IsTransient"/> says whether to retry).</exception>
    /// <exception cref="CollectionRequestException">The task names a source, series or location no longer configured.</exception>
    public async Task<CollectionTaskResult> RunAsync(CollectionTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var source = Sources.FirstOrDefault(s => s.Name == task.Source && s.Kind == task.Kind)
            ?? throw new CollectionRequestException($"Collection source '{task.Source}' ({task.Kind}) is not configured.");
        switch (task.Kind)
        {
            case CollectionSourceKinds.BcbSgs:
                var series = source.Series.FirstOrDefault(s => s.Subject == task.Subject) ?? throw Unknown(task);
                return await ResultAsync(await api.CollectSeriesWindowAsync(series, Window(task), cancellationToken), cancellationToken);
            case CollectionSourceKinds.OpenMeteo:
                var location = source.Locations.FirstOrDefault(l => l.Slug == task.Subject) ?? throw Unknown(task);
                return await ResultAsync(await api.CollectWeatherWindowAsync(location, Window(task), cancellationToken), cancellationToken);
            default:
                var report = await folders.CollectAsync(source, cancellationToken);
                var objects = new List<CollectedRef>();
                foreach (var stored in report.Stored.Select(f => f.Stored!))
                {
                    objects.Add(await RefAsync(stored.Bucket, stored.Key, stored.ETag, stored.Size, stored.IsNew, cancellationToken));
                }

                return new CollectionTaskResult(objects, 0, 0, report.Count(FolderFileStatus.Waiting), report.Count(FolderFileStatus.Failed));
        }
    }

    private async Task<CollectionTaskResult> ResultAsync(CollectedObject collected, CancellationToken cancellationToken) =>
        new([await RefAsync(collected.Bucket, collected.Key, collected.ETag, collected.Size, collected.IsNew, cancellationToken)], collected.Rows, collected.Attempts, 0, 0);

    private async Task<CollectedRef> RefAsync(string bucket, string key, string etag, long size, bool isNew, CancellationToken cancellationToken)
    {
        var versions = await catalog.FindAsync(bucket, key, cancellationToken);
        var done = versions.Any(v => v.ETag == etag && Final.Contains(v.Status));
        return new CollectedRef(bucket, key, etag, size, isNew, !done);
    }

    private static DateWindow Window(CollectionTask task) => task.Window ?? throw new CollectionRequestException($"Collection task {task} has no window.");

    private static CollectionRequestException Unknown(CollectionTask task) => new($"Collection task {task}: '{task.Subject}' is not configured in source '{task.Source}'.");
}
