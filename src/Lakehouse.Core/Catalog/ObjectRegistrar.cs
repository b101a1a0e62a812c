using System.Security.Cryptography;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;

namespace Lakehouse.Core.Catalog;

/// <summary>
/// The register stage: hashes a bronze object (sha256 of its bytes), recognises its dataset and records it in the
/// catalog, where the hash dedupes identical content arriving again under any key.
/// </summary>
public sealed class ObjectRegistrar
{
    private readonly IObjectStore _store;
    private readonly LakeCatalog _catalog;
    private readonly DatasetRegistry _datasets;

    /// <summary>Creates the stage.</summary>
    public ObjectRegistrar(IObjectStore store, LakeCatalog catalog, DatasetRegistry datasets)
    {
        _store = store;
        _catalog = catalog;
        _datasets = datasets;
    }

    /// <summary>Registers <paramref name="bucket"/>/<paramref name="key"/>; <paramref name="dataset"/> overrides recognition by name.</summary>
    public async Task<CatalogObject> RegisterAsync(string bucket, string key, string? dataset, CancellationToken cancellationToken)
    {
        var info = await _store.HeadAsync(bucket, key, cancellationToken)
            ?? throw new ObjectNotFoundException(bucket, key);
        var unit = dataset is null ? _datasets.Recognize(key) : _datasets.Find(dataset)
            ?? throw new ArgumentException($"Unknown dataset '{dataset}'. Known: {_datasets.KnownNames}.", nameof(dataset));
        string sha256;
        await using (var content = await _store.OpenReadAsync(bucket, key, cancellationToken))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        }

        return await _catalog.RegisterAsync(bucket, key, info.ETag, sha256, info.Size, unit?.Name, unit?.Definition.SchemaId, unit?.DeduplicateContent ?? true, cancellationToken);
    }
}
