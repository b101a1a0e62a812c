using System.CommandLine;
using Lakehouse.Core.Embedded;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse reset [--yes] [--include-key]</c>: starts the home over. Asks first on stdin (<c>--yes</c> skips the
/// question; no answer, e.g. stdin at its end, deletes nothing and exits 2), refuses while another lakehouse command uses the home,
/// then deletes the home's lake, its private warehouse and the CLI's state (runs, demo and sample files). The masking key
/// is kept unless <c>--include-key</c>: new loads then pseudonymize as before. A configured warehouse or lake outside the
/// home is never touched; it says so.
/// </summary>
internal static class ResetCommand
{
    public static Command Create(CliContext context)
    {
        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask for confirmation" };
        var includeKey = new Option<bool>("--include-key") { Description = "Delete the masking key too (new pseudonyms will not match old ones)" };
        var command = new Command("reset", "Delete the home's lake, warehouse and state (keeps the masking key)") { yes, includeKey };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var home = context.FindHome();
            var error = context.Output.Error;
            if (!Directory.Exists(home.Path))
            {
                error.MarkupLineInterpolated($"nothing to reset: there is no lakehouse home at {home.Path}");
                return 0;
            }

            var plan = ResetPlan.For(home, CliConfiguration.Build(home), parse.GetValue(includeKey));
            plan.Describe(error);
            if (!parse.GetValue(yes) && Confirm(context, error) is var answer && answer != true)
            {
                return answer is null ? 2 : 1;
            }

            using var session = await HomeSession.OpenAsync(home, cancellationToken);
            if (!session.Alone)
            {
                error.MarkupLine("[red]error:[/] another lakehouse command is using this home; run reset when it has finished.");
                return 1;
            }

            await EmbeddedPostgres.StopIfRunningAsync(home.Postgres, cancellationToken);
            plan.Execute(error);
            return 0;
        });
        return command;
    }

    /// <summary>True for yes, false for no, null when there was no answer (no input, or its end).</summary>
    private static bool? Confirm(CliContext context, IAnsiConsole error)
    {
        error.Markup("Delete these? [[y/N]] ");
        var answer = context.Input?.ReadLine()?.Trim();
        if (answer is null)
        {
            error.MarkupLine("");
            error.MarkupLine("[red]error:[/] no answer, nothing deleted; pass --yes to reset without the question.");
            return null;
        }

        var yes = answer is "y" or "Y" or "yes";
        if (!yes)
        {
            error.MarkupLine("nothing deleted.");
        }

        return yes;
    }
}
