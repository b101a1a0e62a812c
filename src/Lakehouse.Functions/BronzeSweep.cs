using Lakehouse.Core.Catalog;
using Lakehouse.Core.Collection;
using Lakehouse.Core.Storage;
using Microsoft.Extensions.Options;

namespace Lakehouse.Functions;

/// <summary>
/// Lists bronze objects against the catalog: the ones not yet processed (no version with the current ETag in a final
/// state) for the daily load, and the ones the catalog has never seen for the reconciliation sweep. The collectors' own
/// state under <see cref="BronzeKeys.InternalPrefix"/> (<c>_collect/</c>) is not data and is never listed. Read-only.
/// </summary>
public sealed class BronzeSweep(IObjectStore store, LakeCatalog catalog, IOptions<LakeOptions> lake)
{
    private static readonly HashSet<ObjectStatus> Final = [ObjectStatus.Loaded, ObjectStatus.Duplicate, ObjectStatus.UnknownDataset, ObjectStatus.Rejected];

    /// <summary>Objects under <paramref name="prefix"/> (and in the partition of <paramref name="ingestDate"/>, when given) not in a final state.</summary>
    public Task<IReadOnlyList<ObjectRef>> FindUnprocessedAsync(string prefix, DateOnly? ingestDate, CancellationToken cancellationToken) =>
        FindAsync(prefix, ingestDate, statuses => !statuses.Any(Final.Contains), cancellationToken);

    /// <summary>Objects under <paramref name="prefix"/> whose current version the catalog has no row for at all.</summary>
    public Task<IReadOnlyList<ObjectRef>> FindUnseenAsync(string prefix, CancellationToken cancellationToken) =>
        FindAsync(prefix, null, statuses => statuses.Count == 0, cancellationToken);

    private async Task<IReadOnlyList<ObjectRef>> FindAsync(string prefix, DateOnly? ingestDate, Func<IReadOnlyList<ObjectStatus>, bool> wanted, CancellationToken cancellationToken)
    {
        var bucket = lake.Value.BronzeBucket;
        var partition = ingestDate is { } day ? $"/ingest_date={day:yyyy-MM-dd}/" : null;
        var found = new List<ObjectRef>();
        await foreach (var info in store.ListAsync(bucket, prefix, cancellationToken))
        {
            if (info.Key.StartsWith(BronzeKeys.InternalPrefix, StringComparison.Ordinal)
                || (partition is not null && !("/" + info.Key).Contains(partition, StringComparison.Ordinal)))
            {
                continue;
            }

            var versions = await catalog.FindAsync(bucket, info.Key, cancellationToken);
            if (wanted([.. versions.Where(v => v.ETag == info.ETag).Select(v => v.Status)]))
            {
                found.Add(new ObjectRef(bucket, info.Key, info.ETag, null, info.Size));
            }
        }

        return found;
    }
}
