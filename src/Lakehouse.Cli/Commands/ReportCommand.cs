using System.CommandLine;
using System.Diagnostics;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Reports;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse report [RUN] [--open]</c>: (re)writes the HTML quality report of a run (default: the latest) and of the
/// index of recent runs into the gold bucket, prints where it is, and with <c>--open</c> opens it in the desktop's browser.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var run = new Argument<string?>("run") { Arity = ArgumentArity.ZeroOrOne, Description = "Run id (default: the most recent run)" };
        var open = new Option<bool>("--open") { Description = "Open the report in the default browser (xdg-open)" };
        var command = new Command("report", "Write the HTML quality report of a run and print where it is") { run, open };
        command.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(context, parse, async host =>
        {
            var latest = parse.GetValue(run) is null ? await host.Services.GetRequiredService<LakeCatalog>().ListRunsAsync(1, cancellationToken) : [];
            var runId = parse.GetValue(run) ?? (latest.Count > 0 ? latest[0].RunId : null);
            if (runId is null || await host.Services.GetRequiredService<ReportPublisher>().PublishAsync(runId, cancellationToken) is not { } key)
            {
                context.Output.Error.MarkupLineInterpolated($"[red]error:[/] {(runId is null ? "no run recorded yet" : $"no run '{runId}'")}");
                return 1;
            }

            var location = ReportLocations.Of(host, key);
            context.Output.Out.MarkupLineInterpolated($"quality report of run {runId}: {location}");
            if (parse.GetValue(open))
            {
                Open(location, context.Output);
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static void Open(string location, CliOutput output)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("xdg-open", location) { UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output.Error.MarkupLine("[yellow]no desktop browser here (xdg-open missing): open the path above yourself[/]");
        }
    }
}
