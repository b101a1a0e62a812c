using Lakehouse.Core.Catalog;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Validation.Expectations;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Warehouse;

/// <summary>
/// The load stage: fetches an object's validated silver file and loads it into the star schema with
/// <see cref="WarehouseLoader"/>. Idempotent: loading the same object again changes no warehouse row.
/// </summary>
public sealed class ObjectLoader
{
    private readonly IObjectStore _store;
    private readonly LakeCatalog _catalog;
    private readonly WarehouseLoader _loader;
    private readonly LakeOptions _lake;

    /// <summary>Creates the stage.</summary>
    public ObjectLoader(IObjectStore store, LakeCatalog catalog, WarehouseLoader loader, IOptions<LakeOptions> lake)
    {
        ArgumentNullException.ThrowIfNull(lake);
        _store = store;
        _catalog = catalog;
        _loader = loader;
        _lake = lake.Value;
    }

    /// <summary>Loads catalog object <paramref name="objectId"/>; returns the rows merged.</summary>
    public async Task<long> LoadAsync(long objectId, CancellationToken cancellationToken)
    {
        var item = await _catalog.GetAsync(objectId, cancellationToken);
        if (item.Status is not (ObjectStatus.Validated or ObjectStatus.Loaded))
        {
            throw new WarehouseLoadException($"{item.Key}: object {objectId} is '{item.Status}', only validated objects are loaded.");
        }

        return (await LoadAsync(item, null, cancellationToken))!.Value;
    }

    /// <summary>
    /// Loads catalog object <paramref name="objectId"/>, transformed and not yet judged, once <paramref name="check"/> — the
    /// rest of its validation, on the rows the load has staged — has said yes; returns the rows merged, or null when the
    /// check said no (nothing is loaded).
    /// </summary>
    public async Task<long?> LoadCheckedAsync(long objectId, Func<IStagedReferenceLookup, CancellationToken, Task<bool>> check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        var item = await _catalog.GetAsync(objectId, cancellationToken);
        if (item.Status is not (ObjectStatus.Transformed or ObjectStatus.Validated or ObjectStatus.Loaded))
        {
            throw new WarehouseLoadException($"{item.Key}: object {objectId} is '{item.Status}', only transformed or validated objects are loaded.");
        }

        return await LoadAsync(item, check, cancellationToken);
    }

    private async Task<long?> LoadAsync(CatalogObject item, Func<IStagedReferenceLookup, CancellationToken, Task<bool>>? check, CancellationToken cancellationToken)
    {
        using var silver = new TempFile(".parquet");
        await _store.DownloadToFileAsync(_lake.SilverBucket, item.SilverKey!, silver.Path, cancellationToken);
        long? rows;
        await using (var stream = File.OpenRead(silver.Path))
        {
            rows = check is null
                ? await _loader.LoadAsync(item.Dataset!, item.ObjectId, stream, item.Key, cancellationToken)
                : await _loader.LoadCheckedAsync(item.Dataset!, item.ObjectId, stream, item.Key, check, cancellationToken);
        }

        if (rows is { } loaded)
        {
            await _catalog.MarkLoadedAsync(item.ObjectId, loaded, cancellationToken);
        }

        return rows;
    }
}
