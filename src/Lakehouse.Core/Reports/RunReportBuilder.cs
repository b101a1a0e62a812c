using System.Text.Json;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Masking;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Warehouse;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Lakehouse.Core.Reports;

/// <summary>
/// Gathers a <see cref="RunReport"/> from the catalog (the run, its objects and stages, the transform's row findings)
/// and the validation reports next to the silver files. Read-only.
/// </summary>
public sealed class RunReportBuilder(
    NpgsqlDataSource dataSource, RunCatalog runs, MetricCatalog metrics, DatasetRegistry datasets, IObjectStore store, IOptions<LakeOptions> lake, TimeProvider time)
{
    /// <summary>Loads a history chart shows.</summary>
    public const int HistoryPoints = 10;

    private static readonly JsonSerializerOptions ReportJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>The report of run <paramref name="runId"/>, or null when the catalog has no such run.</summary>
    public async Task<RunReport?> BuildAsync(string runId, CancellationToken cancellationToken)
    {
        if (await runs.GetRunAsync(runId, cancellationToken) is not { } run)
        {
            return null;
        }

        var objects = new List<ObjectReport>();
        foreach (var item in await runs.GetRunObjectsAsync(runId, cancellationToken))
        {
            objects.Add(await BuildObjectAsync(item, cancellationToken));
        }

        return new RunReport(run.RunId, run.Kind, run.Status, run.StartedAt, run.FinishedAt, objects, time.GetUtcNow());
    }

    private async Task<ObjectReport> BuildObjectAsync(RunObject item, CancellationToken cancellationToken)
    {
        var extra = await ReadExtraAsync(item.ObjectId, cancellationToken);
        var unit = datasets.Find(item.Dataset ?? "");
        var dataset = unit?.Definition;
        var report = extra.ValidationKey is null ? null : await ReadValidationAsync(extra.ValidationKey, cancellationToken);
        var rowFindings = extra.Findings;
        var expectations = report is { Expectations.Count: > 0 } ? report.Expectations
            : [.. (report?.Findings ?? rowFindings).Select(f => ExpectationResult.Failed(f))];
        var quarantine = rowFindings.Where(f => f.Severity == FindingSeverity.Error)
            .Select(f => new QuarantineGroup(f.Expectation, f.Column, f.FailedRows, f.SampleRows)).ToList();
        var lineage = new Lineage(item.Bucket, item.Key, extra.Sha256, extra.SilverKey, extra.QuarantineKey, extra.ValidationKey,
            unit is null ? [] : unit.Merge.Locks.Writes);
        var freshness = await metrics.ForObjectAsync(item.ObjectId, ColumnMetrics.MaxDateMetric, cancellationToken);
        return new ObjectReport(item.ObjectId, item.Key, item.Dataset, extra.SchemaId, item.Status, item.RowsRead, item.RowsQuarantined, item.RowsLoaded,
            extra.Error, item.Stages, expectations, quarantine, unit is null ? [] : Columns(unit), lineage,
            dataset is null ? [] : await HistoryAsync(dataset, cancellationToken))
        {
            Freshness = [.. freshness.Select(f => new Freshness(f.Column, ColumnMetrics.DateOfMaxDate(f.Value)))],
        };
    }

    /// <summary>The key metrics' last values for the dataset: the row count and the sum of every decimal (money) column.</summary>
    private async Task<IReadOnlyList<MetricHistory>> HistoryAsync(DatasetDefinition dataset, CancellationToken cancellationToken)
    {
        var wanted = new List<(string Metric, string? Column)> { ("row_count", null) };
        wanted.AddRange(dataset.Columns.Where(c => c.Kind == ColumnKind.Decimal).Select(c => ("sum", (string?)c.Name)));
        var histories = new List<MetricHistory>();
        foreach (var (metric, column) in wanted)
        {
            var points = await metrics.HistoryAsync(dataset.Name, metric, column, HistoryPoints, excludeObjectId: 0, cancellationToken);
            if (points.Count > 0)
            {
                histories.Add(new MetricHistory(metric, column, [.. points.Reverse().Select(p => new MetricPoint(p.At, p.RunId, p.Value))]));
            }
        }

        return histories;
    }

    private static List<ColumnReport> Columns(DatasetUnit unit) =>
        [.. unit.Definition.Columns.Zip(unit.Masks, (c, m) => new ColumnReport(c.Name, c.Kind.ToString().ToLowerInvariant(), c.Required, Describe(m)))];

    private static string Describe(ColumnMask mask) => mask.Action switch
    {
        MaskAction.Keep => "kept",
        MaskAction.Pseudonymize => $"pseudonymized (HMAC-SHA256, domain {mask.Domain})",
        MaskAction.Redact => "redacted",
        MaskAction.Generalize => mask.KeepPrefix > 0 ? $"generalized (first {mask.KeepPrefix} characters)" : "generalized (to the month)",
        MaskAction.Scrub => "scrubbed (CPF, CNPJ, e-mail, phone, CEP → tokens)",
        _ => mask.Action.ToString(),
    };

    private async Task<ValidationReport?> ReadValidationAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await store.OpenReadAsync(lake.Value.SilverBucket, key, cancellationToken);
            return await JsonSerializer.DeserializeAsync<ValidationReport>(stream, ReportJson, cancellationToken);
        }
        catch (ObjectNotFoundException)
        {
            return null; // an object rejected before validation wrote its report, or a report since deleted
        }
    }

    private async Task<Extra> ReadExtraAsync(long objectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT sha256, schema_id, silver_key, quarantine_key, validation_key, error, findings::text FROM lakehouse.objects WHERE object_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = objectId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var findings = Text(6) is { } json ? JsonSerializer.Deserialize<List<Finding>>(json) ?? [] : [];
        return new Extra(reader.GetString(0), Text(1), Text(2), Text(3), Text(4), Text(5), findings);
    }

    private sealed record Extra(string Sha256, string? SchemaId, string? SilverKey, string? QuarantineKey, string? ValidationKey, string? Error, List<Finding> Findings);
}
