using Lakehouse.Core.Catalog;
using Lakehouse.Core.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Lists bronze objects under a prefix that the catalog has not loaded (no version with the current ETag in a final
/// state): what a daily load or a reconciliation sweep must process. Read-only; runs at least once.
/// </summary>
public sealed class FindUnprocessedObjectsActivity(IObjectStore store, LakeCatalog catalog, IOptions<LakeOptions> lake)
{
    private static readonly HashSet<string> Final = [ObjectStatus.Loaded, ObjectStatus.Duplicate, ObjectStatus.UnknownDataset, ObjectStatus.Rejected];

    /// <summary>Returns references to the unprocessed objects, in key order.</summary>
    [Function(nameof(FindUnprocessedObjectsActivity))]
    public async Task<IReadOnlyList<ObjectRef>> RunAsync([ActivityTrigger] FindUnprocessedObjectsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bucket = lake.Value.BronzeBucket;
        var pending = new List<ObjectRef>();
        await foreach (var info in store.ListAsync(bucket, input.Prefix, cancellationToken))
        {
            var versions = await catalog.FindAsync(bucket, info.Key, cancellationToken);
            if (!versions.Any(v => v.ETag == info.ETag && Final.Contains(v.Status)))
            {
                pending.Add(new ObjectRef(bucket, info.Key, info.ETag, null));
            }
        }

        return pending;
    }
}
