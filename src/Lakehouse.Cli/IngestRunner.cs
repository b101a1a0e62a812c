using System.Globalization;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Documents;
using Lakehouse.Core.Ocr;
using Lakehouse.Core.Storage;
using Lakehouse.Functions;
using Lakehouse.Functions.Orchestrations;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>
/// Uploads local files to the bronze bucket under <c>{source}/{dataset}/ingest_date=YYYY-MM-DD/{file}</c> (documents:
/// <c>docs/ingest_date=YYYY-MM-DD/{file}</c>) and runs
/// them through <see cref="IngestOrchestration"/> on the in-process engine, showing progress on a terminal. The run is
/// owned by this process (<see cref="RunOwnership"/>); on Ctrl-C it is marked interrupted at once
/// (<see cref="RunInterruptedException"/>), and after a <c>kill -9</c> by the next CLI to start.
/// </summary>
public sealed class IngestRunner(CliHost host, CliOutput output)
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

    /// <summary>Whether the dataset of a file can be told from its name, an Olist file's or a document's (otherwise it needs <c>--dataset</c>).</summary>
    public static bool IsRecognized(string fileName) => !BronzeKey(fileName, null, "").StartsWith(UnrecognizedPrefix, StringComparison.Ordinal);

    private const string UnrecognizedPrefix = "manual/unrecognized/";

    /// <summary>
    /// Where a file goes in bronze: under its dataset (named, or recognised from the name), or under <c>docs/</c> for a
    /// document, else under <see cref="UnrecognizedPrefix"/> (the CLI refuses such files before uploading).
    /// </summary>
    private static string BronzeKey(string name, string? dataset, string day)
    {
        var definition = dataset is null ? OlistDatasets.Recognize(name) : OlistDatasets.Find(dataset);
        return definition is not null ? $"olist/{definition.Name}/ingest_date={day}/{name}"
            : DocumentFormats.IsDocumentName(name) ? $"{DocumentDataset.Prefix}ingest_date={day}/{name}"
            : $"{UnrecognizedPrefix}ingest_date={day}/{name}";
    }

    /// <summary>Runs the ingest; returns the run's result. <see cref="RunInterruptedException"/> when cancelled.</summary>
    public async Task<IngestResult> RunAsync(IReadOnlyList<string> files, string? dataset, CancellationToken cancellationToken)
    {
        // The upload, the engine's start and the warehouse's preparation (migrations of a new warehouse) overlap: none needs the others.
        var engine = host.GetEngineAsync();
        var upload = UploadAsync(files, dataset, cancellationToken);
        try
        {
            await Task.WhenAll(host.Prepared, upload);
        }
        catch when (host.Prepared.IsFaulted)
        {
            await host.Prepared; // the warehouse's error first (it names what to fix); the upload has ended by now either way
        }

        var objects = await upload;
        var runId = Guid.NewGuid().ToString("N");
        using var owner = RunOwnership.Claim(host.Home, runId);
        try
        {
            var client = (await engine).Client;
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(IngestOrchestration), new IngestInput(objects), new StartOrchestrationOptions(runId), cancellationToken);
            await ShowProgressAsync(client, runId, objects.Count, cancellationToken);
            var metadata = await client.WaitForInstanceCompletionAsync(runId, true, cancellationToken);
            if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
            {
                throw new InvalidOperationException($"Run {runId} ended {metadata.RuntimeStatus.ToString().ToLowerInvariant()}: {metadata.FailureDetails?.ErrorMessage}");
            }

            owner.DeleteAndRelease();
            return metadata.ReadOutputAs<IngestResult>()!;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await InterruptAsync(runId, objects.Count, owner);
            throw new RunInterruptedException(runId);
        }
    }

    private async Task<List<ObjectRef>> UploadAsync(IReadOnlyList<string> files, string? dataset, CancellationToken cancellationToken)
    {
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
            var key = BronzeKey(name, dataset, today);
            // Bronze is immutable: a different file under a taken name goes to a content-addressed key beside it.
            var info = await BronzeUpload.PutAsync(store, lake.BronzeBucket, key, file, cancellationToken);
            objects.Add(new ObjectRef(lake.BronzeBucket, info.Key, info.ETag, dataset, info.Size));
        }

        return objects;
    }

    /// <summary>
    /// Marks the run interrupted at once and says how far it got; then stops the engine (its activities are cancelled)
    /// and marks again, in case the run's start was recorded meanwhile. Only then is the run's lock released.
    /// </summary>
    private async Task InterruptAsync(string runId, int objects, FileLock owner)
    {
        var catalog = host.Services.GetRequiredService<LakeCatalog>();
        var marked = await catalog.InterruptRunsAsync([runId], allRunning: false, CancellationToken.None);
        var loaded = marked.Count == 1 ? marked[0].Succeeded : 0;
        output.Error.MarkupLineInterpolated($"[yellow]interrupted[/]: run {runId}: {InterruptedRuns.Progress(loaded, objects)}");
        await host.StopEngineAsync();
        await catalog.InterruptRunsAsync([runId], allRunning: false, CancellationToken.None);
        owner.DeleteAndRelease();
    }

    private async Task ShowProgressAsync(DurableTaskClient client, string runId, int total, CancellationToken cancellationToken)
    {
        if (!output.ShowProgress)
        {
            return;
        }

        await output.Error.Progress().AutoClear(true).StartAsync(async ctx =>
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
