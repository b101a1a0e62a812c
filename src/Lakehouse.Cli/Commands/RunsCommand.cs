using System.CommandLine;
using Lakehouse.Core.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Cli.Commands;

/// <summary><c>lakehouse runs [--limit N] [--format table|csv|json]</c>: the most recent runs from the catalog.</summary>
internal static class RunsCommand
{
    public static Command Create(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "How many runs to list", DefaultValueFactory = _ => 20 };
        var format = OutputFormatOption.Create();
        var command = new Command("runs", "List recent runs") { limit, format };
        command.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(context, parse, async host =>
        {
            var runs = await host.Services.GetRequiredService<LakeCatalog>().ListRunsAsync(parse.GetValue(limit), cancellationToken);
            Table(runs).Write(context.Output.Out, OutputFormatOption.Get(parse, format));
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>One row per run; <c>seconds</c> is null while a run is running.</summary>
    internal static ResultTable Table(IEnumerable<RunSummary> runs)
    {
        var table = new ResultTable("run_id", "kind", "status", "started_at", "seconds", "objects", "loaded", "skipped", "rejected", "failed");
        foreach (var r in runs)
        {
            double? seconds = r.FinishedAt is { } end ? Math.Round((end - r.StartedAt).TotalSeconds, 1) : null;
            table.Add(r.RunId, r.Kind, r.Status.ToText(), r.StartedAt, seconds, r.Objects, r.Succeeded, r.Skipped, r.Rejected, r.Failed);
        }

        return table;
    }
}
