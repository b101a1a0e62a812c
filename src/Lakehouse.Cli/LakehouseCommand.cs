using System.CommandLine;
using Lakehouse.Cli.Commands;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>The `lakehouse` command tree, reachable from tests (parse and invoke in-process).</summary>
internal static class LakehouseCommand
{
    /// <summary>Builds the root command; <paramref name="console"/> receives the output of the local-file commands.</summary>
    public static RootCommand Create(IAnsiConsole? console = null)
    {
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log the pipeline's progress (names, ids and counts only)", Recursive = true };
        return new RootCommand("lakehouse — an LGPD-minded data lakehouse: bronze → masked silver Parquet → validated → PostgreSQL star schema")
        {
            verbose,
            IngestCommand.Create(verbose),
            RunsCommand.Create(verbose),
            ReportCommand.Create(verbose),
            DemoCommand.Create(verbose),
            ParquetCommand.Create(console),
            SampleCommand.Create(),
            DocsCommand.Create(verbose, console),
        };
    }

    /// <summary>Parses and runs <paramref name="args"/>; usage errors print to <paramref name="error"/> (stderr when null) and exit 2.</summary>
    public static async Task<int> InvokeAsync(string[] args, IAnsiConsole? console = null, TextWriter? error = null)
    {
        var parse = Create(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            error ??= Console.Error;
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync(e.Message);
            }

            await error.WriteLineAsync("Run 'lakehouse --help' for usage.");
            return 2;
        }

        return await parse.InvokeAsync();
    }
}
