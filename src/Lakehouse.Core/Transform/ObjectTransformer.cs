using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Transform;

/// <summary>
/// The transform stage: stages a bronze object in a temporary file, runs <see cref="CsvToParquet"/> (or, for a dataset
/// with its own parser, <see cref="ParsedRowsToParquet"/>) into a masked silver Parquet file (and a quarantine file when rows fail), uploads both and records the counts in the catalog.
/// Idempotent: outputs are overwritten at the same keys.
/// </summary>
public sealed partial class ObjectTransformer
{
    /// <summary>
    /// Row group target of silver files: 4 MiB of values (the writer's default is 64 MiB), about 27k order items or 80k
    /// geolocation points. The transform buffers one row group, and validate and load each hold one read row group,
    /// while other objects are prepared and loaded at the same time. Parquet.Net writes a column chunk as one page and
    /// reads it whole, so a row group costs several times its values in memory: scripts/bench-e2e.sh peaked at 532 MiB
    /// with 16 MiB groups, 409 MiB with 8 MiB and 344 MiB with 4 MiB, and ran faster (11.7 s against 13.5 s).
    /// </summary>
    public const long SilverRowGroupBytes = 4 * 1024 * 1024;

    private readonly IObjectStore _store;
    private readonly LakeCatalog _catalog;
    private readonly CsvToParquet _core;
    private readonly ParsedRowsToParquet _parsed;
    private readonly LakeOptions _lake;
    private readonly DatasetRegistry _datasets;
    private readonly ILogger<ObjectTransformer> _logger;
    private readonly TableObservationCache _observations;

    /// <summary>Creates the stage.</summary>
    public ObjectTransformer(IObjectStore store, LakeCatalog catalog, CsvToParquet core, ParsedRowsToParquet parsed, IOptions<LakeOptions> lake, DatasetRegistry datasets,
        ILogger<ObjectTransformer> logger, TableObservationCache observations)
    {
        ArgumentNullException.ThrowIfNull(lake);
        _store = store;
        _catalog = catalog;
        _core = core;
        _parsed = parsed;
        _lake = lake.Value;
        _datasets = datasets;
        _logger = logger;
        _observations = observations;
    }

    /// <summary>Transforms catalog object <paramref name="objectId"/>.</summary>
    /// <exception cref="DatasetFormatException">The file cannot be read as its dataset; the object is marked failed.</exception>
    public async Task<TransformResult> TransformAsync(long objectId, CancellationToken cancellationToken)
    {
        var item = await _catalog.GetAsync(objectId, cancellationToken);
        var unit = _datasets.Find(item.Dataset ?? "")
            ?? throw new InvalidOperationException($"{item.Key}: object {objectId} has no known dataset.");
        var silverKey = SilverKeys.For(item.Key, item.Sha256);
        var quarantineKey = SilverKeys.Quarantine(item.Key, item.Sha256);
        using var bronze = new TempFile(".src");
        using var silverFile = new TempFile(".parquet");
        using var quarantineFile = new TempFile(".parquet");
        await _store.DownloadToFileAsync(item.Bucket, item.Key, bronze.Path, cancellationToken);

        TransformCounts counts;
        bool quarantined;
        // The validate stage's row-group part, fed with silver's rows as they are written (taken by ObjectValidator).
        var observation = new TableObservation(unit.Definition, unit.CreateFileExpectations());
        try
        {
            (counts, quarantined) = await RunAsync(item, unit, bronze.Path, silverFile.Path, quarantineFile.Path, observation, cancellationToken);
        }
        catch (DatasetFormatException e)
        {
            // The file is unusable as a whole (no header, a missing column...): rejected, like a failed critical expectation.
            await _catalog.SetStatusAsync(objectId, ObjectStatus.Rejected, e.Message, cancellationToken);
            throw;
        }

        await _store.PutFileAsync(_lake.SilverBucket, silverKey, silverFile.Path, cancellationToken);
        if (quarantined)
        {
            await _store.PutFileAsync(_lake.SilverBucket, quarantineKey, quarantineFile.Path, cancellationToken);
        }
        else
        {
            await _store.DeleteAsync(_lake.SilverBucket, quarantineKey, cancellationToken);
        }

        var result = new TransformResult(silverKey, quarantined ? quarantineKey : null, counts.RowsRead, counts.RowsWritten, counts.RowsQuarantined, counts.Findings);
        _observations.Put(objectId, silverKey, observation);
        await _catalog.MarkTransformedAsync(objectId, silverKey, result.QuarantineKey, counts.RowsRead, counts.RowsWritten, counts.RowsQuarantined, counts.Findings, cancellationToken);
        LogTransformed(_logger, item.Key, counts.RowsRead, counts.RowsWritten, counts.RowsQuarantined);
        return result;
    }

    private async Task<(TransformCounts Counts, bool Quarantined)> RunAsync(CatalogObject item, DatasetUnit unit, string bronzePath,
        string silverPath, string quarantinePath, TableObservation observation, CancellationToken cancellationToken)
    {
        var dataset = unit.Definition;
        var metadata = new Dictionary<string, string>
        {
            ["lakehouse.dataset"] = dataset.Name,
            ["lakehouse.schema_id"] = dataset.SchemaId,
            ["lakehouse.source_key"] = $"{item.Bucket}/{item.Key}",
            ["lakehouse.source_sha256"] = item.Sha256,
            ["lakehouse.masking"] = "hmac-sha256-128/v1",
        };
        await using var source = new FileStream(bronzePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        await using var silverStream = new FileStream(silverPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        FileStream? quarantineStream = null;
        ParquetFileWriter? quarantineWriter = null;
        try
        {
            TransformCounts counts;
            await using (var silver = new ParquetFileWriter(silverStream, SilverSchemas.For(dataset), new ParquetWriterOptions
                {
                    Metadata = metadata, RowGroupTargetBytes = SilverRowGroupBytes, DictionaryColumns = SilverSchemas.DictionaryColumns(dataset),
                })
                {
                    RowGroupObserver = (rowGroup, _) =>
                    {
                        observation.Observe(rowGroup);
                        return ValueTask.CompletedTask;
                    },
                })
            {
                ParquetFileWriter OpenQuarantine()
                {
                    quarantineStream = new FileStream(quarantinePath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                    quarantineWriter = new ParquetFileWriter(quarantineStream, SilverSchemas.Quarantine, new ParquetWriterOptions { Metadata = metadata });
                    return quarantineWriter;
                }

                counts = unit.Format is RowParser
                    ? await _parsed.RunAsync(await File.ReadAllBytesAsync(bronzePath, cancellationToken), await SourceAsync(item, cancellationToken), unit, silver, OpenQuarantine, cancellationToken)
                    : await _core.RunAsync(source, item.Key, unit, silver, OpenQuarantine, cancellationToken);
                if (counts.SourceColumns.Count > 0)
                {
                    metadata[ColumnOrder.MetadataKey] = string.Join(',', counts.SourceColumns); // the footer is written on dispose
                }
            }

            return (counts, quarantineWriter is not null);
        }
        finally
        {
            if (quarantineWriter is not null)
            {
                await quarantineWriter.DisposeAsync();
            }

            if (quarantineStream is not null)
            {
                await quarantineStream.DisposeAsync();
            }
        }
    }

    /// <summary>The object as a dataset's own parser sees it: key, metadata (the collection's request and fetch time) and write time.</summary>
    private async Task<SourceObject> SourceAsync(CatalogObject item, CancellationToken cancellationToken)
    {
        var info = await _store.HeadAsync(item.Bucket, item.Key, cancellationToken) ?? throw new ObjectNotFoundException(item.Bucket, item.Key);
        var metadata = await _store.GetMetadataAsync(item.Bucket, item.Key, cancellationToken) ?? ObjectMetadata.Empty;
        return new SourceObject(item.Key, metadata, info.LastModified);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Transformed {ObjectKey}: {Read} rows read, {Written} to silver, {Quarantined} quarantined")]
    private static partial void LogTransformed(ILogger logger, string objectKey, long read, long written, long quarantined);
}
