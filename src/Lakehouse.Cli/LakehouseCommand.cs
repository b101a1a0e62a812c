using System.CommandLine;
using System.CommandLine.Parsing;
using Lakehouse.Cli.Commands;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>The `lakehouse` command tree, reachable from tests (parse and invoke in-process).</summary>
internal static class LakehouseCommand
{
    /// <summary>Builds the root command over <paramref name="context"/>.</summary>
    public static RootCommand Create(CliContext context) =>
        new("lakehouse — an LGPD-minded data lakehouse: bronze → masked silver Parquet → validated → PostgreSQL star schema")
        {
            context.Verbose,
            IngestCommand.Create(context),
            CollectCommand.Create(context),
            RunsCommand.Create(context),
            ReportCommand.Create(context),
            SqlCommand.Create(context),
            PsqlCommand.Create(context),
            DemoCommand.Create(context),
            ResetCommand.Create(context),
            ParquetCommand.Create(context),
            SampleCommand.Create(context),
            DocsCommand.Create(context),
        };

    /// <summary>
    /// Parses and runs <paramref name="args"/>. Usage errors name the nearest command or option and exit 2; an
    /// unexpected failure prints its message (the whole exception with <c>-v</c>) and exits 1.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parse = Create(context).Parse(args);
        var error = context.Output.Error;
        if (parse.Errors.Count > 0)
        {
            // The parser's "Unrecognized command or argument 'x'." is replaced by ours, which names the nearest match.
            // "Required command was not provided." says nothing more when a misspelt command is named below.
            var replaced = parse.Errors.Where(e => parse.UnmatchedTokens.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))
                || (parse.UnmatchedTokens.Count > 0 && e.SymbolResult is CommandResult)).ToList();
            foreach (var e in parse.Errors.Except(replaced))
            {
                error.WriteLine(CliMessages.Clean(e.Message) ?? "");
            }

            foreach (var line in Suggestions.ForUnmatchedTokens(parse))
            {
                error.WriteLine(line);
            }

            error.WriteLine("Run 'lakehouse --help' for usage.");
            return 2;
        }

        try
        {
            var writer = context.Output.Out.Profile.Out.Writer;
            return await parse.InvokeAsync(
                new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null, Output = writer, Error = writer },
                context.Signals?.Token ?? CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.MarkupLineInterpolated($"[red]error:[/] {CliMessages.Describe(e)}");
            if (parse.GetValue(context.Verbose))
            {
                error.WriteLine(e.ToString());
            }

            return 1;
        }
    }
}
