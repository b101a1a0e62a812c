using Lakehouse.Core.Collection;
using Lakehouse.Functions;
using Lakehouse.Functions.Orchestrations;
using Microsoft.DurableTask.Client;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>
/// Runs a <see cref="CollectOrchestration"/> on the in-process host: shows its progress (windows collected, then the
/// processing of what was stored) and prints what it did — counts, failed branches by source, subject and window, and
/// the ingest of the new objects.
/// </summary>
public sealed class CollectRunner(CliHost host, CliOutput output)
{
    /// <summary>Runs the collection; returns its result.</summary>
    public async Task<CollectResult> RunAsync(CollectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var client = (await host.GetEngineAsync()).Client;
        var input = new CollectInput(request.Source, request.Series, request.From, request.To);
        var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(CollectOrchestration), input, null, cancellationToken);
        await ShowProgressAsync(client, id, cancellationToken);
        var metadata = await client.WaitForInstanceCompletionAsync(id, true, cancellationToken);
        if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"Collection {id} ended {metadata.RuntimeStatus}: {metadata.FailureDetails?.ErrorMessage}");
        }

        return metadata.ReadOutputAs<CollectResult>()!;
    }

    /// <summary>Prints the counts, each failed branch and the ingest summary (keys, counts and rules; never values).</summary>
    public void PrintSummary(CollectResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Error is { } error)
        {
            output.Error.MarkupLineInterpolated($"[red]error:[/] {error}");
            return;
        }

        output.Out.MarkupLineInterpolated(
            $"collection {result.CollectId}: {result.Tasks} request(s) or pass(es), {result.Stored} new object(s), {result.Unchanged} unchanged, {result.Rows:N0} row(s) in their windows");
        if (result.Waiting > 0)
        {
            output.Out.MarkupLineInterpolated($"[yellow]{result.Waiting} file(s) still being written: collected on the next pass[/]");
        }

        if (result.FailedFiles > 0)
        {
            output.Out.MarkupLineInterpolated($"[red]{result.FailedFiles} file(s) vanished or unreadable[/] (see the log)");
        }

        foreach (var f in result.Failures)
        {
            output.Error.MarkupLineInterpolated($"[red]failed[/] {f.Source} {f.Subject} {f.Window ?? ""}: {f.Error}");
        }

        if (result.Ingest is { } ingest)
        {
            IngestSummary.Write(ingest, output, OutputFormat.Table, ingest.ReportKey is { } report ? ReportLocations.Of(host, report) : null);
        }
        else
        {
            output.Out.MarkupLine("nothing new to process");
        }
    }

    private async Task ShowProgressAsync(DurableTaskClient client, string id, CancellationToken cancellationToken)
    {
        if (!output.ShowProgress)
        {
            await client.WaitForInstanceCompletionAsync(id, false, cancellationToken);
            return;
        }

        await output.Error.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask("collect: planning", maxValue: 1);
            while (true)
            {
                var meta = await client.GetInstanceAsync(id, true, cancellationToken);
                if (meta?.ReadCustomStatusAs<CollectProgress>() is { } progress)
                {
                    task.MaxValue = Math.Max(progress.Total, 1);
                    task.Value = progress.Done;
                    task.Description = progress.Phase == "collecting"
                        ? $"collect: {progress.Done}/{progress.Total} done, {progress.Failed} failed, {progress.Stored} new"
                        : $"collect: {progress.Phase} {progress.Stored} new object(s)";
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
