using System.Globalization;
using System.Text.Json;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Documents;
using Lakehouse.Core.Ocr;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Validation;
using Lakehouse.Functions;
using Lakehouse.Functions.Orchestrations;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>
/// Uploads local files to the bronze bucket under <c>{source}/{dataset}/ingest_date=YYYY-MM-DD/{file}</c> (documents:
/// <c>docs/ingest_date=YYYY-MM-DD/{file}</c>) and runs
/// them through <see cref="IngestOrchestration"/> on the in-process host, showing progress and a summary.
/// </summary>
public sealed class IngestRunner(CliHost host, IAnsiConsole console)
{
    /// <summary>Expands folders to their <c>.csv</c>/<c>.csv.gz</c> files and documents (PDF, PNG, JPEG, TIFF), in name order.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase) || DocumentFormats.IsDocumentName(f))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }

        return files;
    }

    /// <summary>Runs the ingest; returns the run's result.</summary>
    public async Task<IngestResult> RunAsync(IReadOnlyList<string> files, string? dataset, CancellationToken cancellationToken)
    {
        var engine = host.GetEngineAsync(); // starts while the files upload
        var store = host.Services.GetRequiredService<IObjectStore>();
        var lake = host.Services.GetRequiredService<IOptions<LakeOptions>>().Value;
        await store.EnsureBucketAsync(lake.BronzeBucket, cancellationToken);
        await store.EnsureBucketAsync(lake.SilverBucket, cancellationToken);
        await store.EnsureBucketAsync(lake.GoldBucket, cancellationToken);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var objects = new List<ObjectRef>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var definition = dataset is null ? OlistDatasets.Recognize(name) : OlistDatasets.Find(dataset);
            var key = definition is not null ? $"olist/{definition.Name}/ingest_date={today}/{name}"
                : DocumentFormats.IsDocumentName(name) ? $"{DocumentDataset.Prefix}ingest_date={today}/{name}"
                : $"manual/unrecognized/ingest_date={today}/{name}";
            var info = await store.PutFileAsync(lake.BronzeBucket, key, file, cancellationToken);
            objects.Add(new ObjectRef(lake.BronzeBucket, key, info.ETag, dataset, info.Size));
        }

        var client = (await engine).Client;
        var runId = await client.ScheduleNewOrchestrationInstanceAsync(nameof(IngestOrchestration), new IngestInput(objects), null, cancellationToken);
        await ShowProgressAsync(client, runId, objects.Count, cancellationToken);
        var metadata = await client.WaitForInstanceCompletionAsync(runId, true, cancellationToken);
        if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"Run {runId} ended {metadata.RuntimeStatus}: {metadata.FailureDetails?.ErrorMessage}");
        }

        return metadata.ReadOutputAs<IngestResult>()!;
    }

    /// <summary>Prints the per-object table and every error/finding (file, row, rule — never values).</summary>
    public void PrintSummary(IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table().Title($"run {result.RunId}")
            .AddColumns("object", "dataset", "status", "rows read", "quarantined", "loaded");
        foreach (var o in result.Objects)
        {
            var color = o.Status switch { ObjectStatus.Loaded => "green", ObjectStatus.Failed or ObjectStatus.Rejected => "red", _ => "yellow" };
            table.AddRow(Markup.Escape(Path.GetFileName(o.Key)), o.Dataset ?? "?", $"[{color}]{o.Status.ToText()}[/]", $"{o.RowsRead:N0}", $"{o.RowsQuarantined:N0}", $"{o.RowsLoaded:N0}");
        }

        console.Write(table);
        foreach (var o in result.Objects)
        {
            if (o.Error is not null && o.Status is ObjectStatus.Failed or ObjectStatus.Rejected)
            {
                console.MarkupLineInterpolated($"[red]{o.Status.ToText()}[/] {o.Key}: {o.Error}");
            }
            else if (o.Error is not null)
            {
                console.MarkupLineInterpolated($"[grey]{o.Status.ToText()} {o.Key}: {o.Error}[/]");
            }

            foreach (var f in o.Findings.Where(f => f.Severity != FindingSeverity.Critical || o.Error is null))
            {
                var rows = f.SampleRows.Count == 0 ? "" : $" rows {string.Join(", ", f.SampleRows)}{(f.FailedRows > f.SampleRows.Count ? ", …" : "")}:";
                console.MarkupLineInterpolated($"  {o.Key}:{rows} rule [bold]{f.Expectation}[/] ({f.Severity.ToString().ToLowerInvariant()}, {f.FailedRows} row(s)) — {f.Message}");
            }
        }

        console.MarkupLineInterpolated($"{result.Succeeded} loaded, {result.Skipped} skipped, {result.Failed} failed");
        if (result.ReportKey is { } report)
        {
            console.MarkupLineInterpolated($"quality report: {ReportLocation(report)}");
        }
    }

    /// <summary>Where a report page in the gold bucket is: a file path for the filesystem lake, else bucket/key.</summary>
    internal string ReportLocation(string key)
    {
        var lake = host.Services.GetRequiredService<IOptions<LakeOptions>>().Value;
        return lake.Provider == LakeProvider.FileSystem ? Path.GetFullPath(Path.Combine(lake.Root, lake.GoldBucket, key)) : $"{lake.GoldBucket}/{key}";
    }

    private async Task ShowProgressAsync(DurableTaskClient client, string runId, int total, CancellationToken cancellationToken)
    {
        await console.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask($"ingest {total} file(s)", maxValue: Math.Max(total, 1));
            while (true)
            {
                var meta = await client.GetInstanceAsync(runId, true, cancellationToken);
                if (meta?.ReadCustomStatusAs<IngestProgress>() is { } progress)
                {
                    task.Value = progress.Done;
                    task.Description = $"ingest {total} file(s): {progress.Transforming} transforming, {progress.Waiting} waiting, {progress.Loading} loading";
                }

                if (meta is null || meta.IsCompleted)
                {
                    task.Value = task.MaxValue;
                    return;
                }

                await Task.Delay(200, cancellationToken);
            }
        });
    }
}
