using System.Text.Json;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Transform;
using Lakehouse.Core.Validation.Expectations;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Validation;

/// <summary>
/// The validate stage: evaluates the table-level expectations of an object on its silver file (read back, so the
/// check covers what was actually written) and combines them with the transform's row-level findings. A critical
/// failure rejects the object: it is not loaded. The report goes next to the silver file as JSON and into the catalog.
/// </summary>
public sealed class ObjectValidator
{
    private static readonly JsonSerializerOptions ReportJson = new() { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private readonly IObjectStore _store;
    private readonly LakeCatalog _catalog;
    private readonly LakeOptions _lake;
    private readonly ValidationOptions _options;
    private readonly TimeProvider _time;
    private readonly IReferenceLookup _references;
    private readonly MetricCatalog _metrics;
    private readonly DatasetRegistry _datasets;
    private readonly TableObservationCache _observations;

    /// <summary>Creates the stage.</summary>
    public ObjectValidator(IObjectStore store, LakeCatalog catalog, IOptions<LakeOptions> lake, IOptions<ValidationOptions> options, TimeProvider time, IReferenceLookup references,
        MetricCatalog metrics, DatasetRegistry datasets, TableObservationCache observations)
    {
        _metrics = metrics;
        ArgumentNullException.ThrowIfNull(lake);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _catalog = catalog;
        _lake = lake.Value;
        _options = options.Value;
        _time = time;
        _references = references;
        _datasets = datasets;
        _observations = observations;
    }

    /// <summary>Validates catalog object <paramref name="objectId"/> (already transformed) outside any run.</summary>
    public Task<ValidationOutcome> ValidateAsync(long objectId, CancellationToken cancellationToken) => ValidateAsync(objectId, "", cancellationToken);

    /// <summary>
    /// Validates catalog object <paramref name="objectId"/> (already transformed) in run <paramref name="runId"/>, and stores
    /// its metrics as the dataset's history: every expectation over the silver file (those that consult the warehouse
    /// reading only the columns they watch), then the verdict; the object and its row findings read from the catalog once.
    /// </summary>
    public async Task<ValidationOutcome> ValidateAsync(long objectId, string runId, CancellationToken cancellationToken)
    {
        var target = await TargetAsync(objectId, cancellationToken);
        return await CompleteAsync(target, await EvaluateTableAsync(target, runId, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The first part of the validation: every expectation except those that consult the warehouse (referential
    /// integrity, <see cref="ITableExpectation.ConsultsWarehouse"/>), in one pass over the silver file, and the file's metrics
    /// stored as the dataset's history. No verdict yet: <see cref="ValidateStagedReferencesAsync"/> gives it with these
    /// results. A run calls this as soon as the object is transformed, and the second part inside the object's load.
    /// </summary>
    public async Task<IReadOnlyList<ExpectationResult>> ValidateTableAsync(long objectId, string runId, CancellationToken cancellationToken) =>
        await EvaluateTableAsync(await TargetAsync(objectId, cancellationToken), runId, cancellationToken);

    /// <summary>
    /// The second part, inside the object's load (<see cref="Warehouse.ObjectLoader.LoadCheckedAsync"/>): the expectations
    /// that consult the warehouse counted on the rows the load has staged (<paramref name="staged"/>; the silver file is not
    /// read again), then the verdict over them, <paramref name="tableResults"/> (<see cref="ValidateTableAsync"/>) and the
    /// transform's row findings. A critical failure rejects the object, and the load does not merge. The report goes next to
    /// the silver file as JSON and into the catalog.
    /// </summary>
    public async Task<ValidationOutcome> ValidateStagedReferencesAsync(long objectId, IReadOnlyList<ExpectationResult> tableResults, IStagedReferenceLookup staged,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tableResults);
        ArgumentNullException.ThrowIfNull(staged);
        return await CompleteAsync(await TargetAsync(objectId, cancellationToken), tableResults,
            (target, references) => TableExpectations.EvaluateStagedAsync(Context(target), references, staged, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<ExpectationResult>> EvaluateTableAsync(Target target, string runId, CancellationToken cancellationToken)
    {
        using var silver = new TempFile(".parquet");
        await _store.DownloadToFileAsync(_lake.SilverBucket, target.SilverKey, silver.Path, cancellationToken);
        TableEvaluation evaluation;
        await using (var stream = File.OpenRead(silver.Path))
        {
            // The transform observed the rows as it wrote them (TableObservation): then only the footer is read.
            evaluation = await TableExpectations.EvaluateAsync(stream, Context(target), target.Unit.CreateFileExpectations(), _options,
                cancellationToken, _observations.Take(target.Item.ObjectId, target.SilverKey));
        }

        await _metrics.SaveAsync(target.Item.ObjectId, runId, target.Unit.Name, evaluation.Metrics, cancellationToken);
        return evaluation.Results;
    }

    private Task<ValidationOutcome> CompleteAsync(Target target, IReadOnlyList<ExpectationResult> tableResults, CancellationToken cancellationToken) =>
        CompleteAsync(target, tableResults, async (_, references) =>
        {
            // Only the columns the expectations watch are read.
            using var silver = new TempFile(".parquet");
            await _store.DownloadToFileAsync(_lake.SilverBucket, target.SilverKey, silver.Path, cancellationToken);
            await using var stream = File.OpenRead(silver.Path);
            return await TableExpectations.EvaluateReferencesAsync(stream, Context(target), references, cancellationToken);
        }, cancellationToken);

    /// <summary>The verdict and the report; <paramref name="evaluateReferences"/> evaluates the expectations that consult the warehouse, when there are any.</summary>
    private async Task<ValidationOutcome> CompleteAsync(Target target, IReadOnlyList<ExpectationResult> tableResults,
        Func<Target, IReadOnlyList<ITableExpectation>, Task<IReadOnlyList<ExpectationResult>>> evaluateReferences, CancellationToken cancellationToken)
    {
        var (item, unit, silverKey, rowFindings) = target;
        var dataset = unit.Definition;
        var references = unit.CreateTableExpectations().Where(e => e.ConsultsWarehouse).ToList();
        var referenceResults = references.Count > 0 ? await evaluateReferences(target, references) : [];

        var evaluated = tableResults.Concat(referenceResults).ToList();
        var results = rowFindings.Select(f => ExpectationResult.Failed(f, $"{f.FailedRows:N0} row(s) failed", "no row fails")).Concat(evaluated).ToList();
        var findings = rowFindings.Concat(evaluated.Select(r => r.ToFinding()).OfType<Finding>()).ToList();
        var passed = !findings.Any(f => f.Severity == FindingSeverity.Critical);
        var report = new ValidationReport(item.Key, dataset.Name, dataset.SchemaId, passed, item.RowsRead ?? 0, item.RowsWritten ?? 0, item.RowsQuarantined ?? 0, findings, _time.GetUtcNow())
        {
            Expectations = results,
        };
        var reportKey = SilverKeys.ValidationReport(silverKey);
        using (var json = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(report, ReportJson)))
        {
            await _store.PutAsync(_lake.SilverBucket, reportKey, json, cancellationToken);
        }

        var error = passed ? null : $"{item.Key}: not loaded, critical expectation(s) failed: " +
            string.Join("; ", findings.Where(f => f.Severity == FindingSeverity.Critical).Select(f => $"{f.Expectation}: {f.Message}"));
        await _catalog.MarkValidatedAsync(item.ObjectId, passed, reportKey, error, cancellationToken);
        return new ValidationOutcome(report, reportKey, error);
    }

    /// <summary>The object, its dataset, its silver file and the transform's row findings, from the catalog.</summary>
    private async Task<Target> TargetAsync(long objectId, CancellationToken cancellationToken)
    {
        var item = await _catalog.GetAsync(objectId, cancellationToken);
        var unit = _datasets.Find(item.Dataset ?? "") ?? throw new InvalidOperationException($"{item.Key}: no known dataset.");
        var silverKey = item.SilverKey ?? throw new InvalidOperationException($"{item.Key}: not transformed yet.");
        return new Target(item, unit, silverKey, await _catalog.GetFindingsAsync(objectId, cancellationToken));
    }

    private ExpectationContext Context(Target target) =>
        new(target.Unit.Definition, new Dictionary<string, string>(), target.Item.RowsRead ?? 0, target.Item.RowsQuarantined ?? 0, [.. target.RowFindings],
            IngestDate(target.Item.Key) ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime), _references)
        {
            History = _metrics,
            ObjectId = target.Item.ObjectId,
        };

    private static DateOnly? IngestDate(string key)
    {
        const string marker = "ingest_date=";
        var start = key.IndexOf(marker, StringComparison.Ordinal);
        return start >= 0 && DateOnly.TryParseExact(key.AsSpan(start + marker.Length, Math.Min(10, key.Length - start - marker.Length)), "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;
    }

    private sealed record Target(CatalogObject Item, DatasetUnit Unit, string SilverKey, IReadOnlyList<Finding> RowFindings);
}
