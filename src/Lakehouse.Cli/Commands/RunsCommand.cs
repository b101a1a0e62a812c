using System.CommandLine;
using Lakehouse.Core.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary><c>lakehouse runs</c>: the most recent runs from the catalog.</summary>
internal static class RunsCommand
{
    public static Command Create(Option<bool> verbose)
    {
        var limit = new Option<int>("--limit") { Description = "How many runs to list", DefaultValueFactory = _ => 20 };
        var command = new Command("runs", "List recent runs") { limit };
        command.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(parse.GetValue(verbose), async host =>
        {
            var runs = await host.Services.GetRequiredService<LakeCatalog>().ListRunsAsync(parse.GetValue(limit), cancellationToken);
            var table = new Table().AddColumns("run", "status", "started (UTC)", "took", "loaded/failed/skipped");
            foreach (var r in runs)
            {
                var duration = r.FinishedAt is { } end ? $"{(end - r.StartedAt).TotalSeconds:0.0}s" : "running";
                table.AddRow(Markup.Escape(r.RunId), $"{r.Kind} {r.Status.ToText()}", $"{r.StartedAt.UtcDateTime:MM-dd HH:mm:ss}", duration, $"{r.Succeeded}/{r.Failed}/{r.Skipped} of {r.Objects}");
            }

            AnsiConsole.Write(table);
            return 0;
        }, cancellationToken));
        return command;
    }
}
