using System.Security.Cryptography;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Documents;
using Lakehouse.Core.Storage;

namespace Lakehouse.Core.Catalog;

/// <summary>
/// The register stage: hashes a bronze object (sha256 of its bytes), recognises its dataset and records it in the
/// catalog, where the hash dedupes identical content arriving again under any key. PDFs and page images (under
/// <c>docs/</c> or by extension) are the documents dataset (<see cref="DocumentDataset"/>).
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
        var document = DocumentDataset.Matches(key, dataset);
        var unit = document ? null : dataset is null ? _datasets.Recognize(key) : _datasets.Find(dataset)
            ?? throw new ArgumentException($"Unknown dataset '{dataset}'. Known: {_datasets.KnownNames}, {DocumentDataset.Name}.", nameof(dataset));
        string sha256;
        await using (var content = await _store.OpenReadAsync(bucket, key, cancellationToken))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        }

        return await _catalog.RegisterAsync(bucket, key, info.ETag, sha256, info.Size,
            document ? DocumentDataset.Name : unit?.Name, document ? DocumentDataset.SchemaId : unit?.Definition.SchemaId, unit?.DeduplicateContent ?? true, cancellationToken);
    }
}
