using System.CommandLine;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary><c>lakehouse ingest &lt;file-or-folder&gt;...</c>: upload to bronze and run the pipeline.</summary>
internal static class IngestCommand
{
    public static Command Create(Option<bool> verbose)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "CSV files (.csv or .csv.gz) or folders holding them" };
        var dataset = new Option<string?>("--dataset") { Description = "Dataset of every file (default: recognised from the file name)" };
        var command = new Command("ingest", "Upload files to lake-bronze and run them through mask → Parquet → validate → load") { paths, dataset };
        command.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(parse.GetValue(verbose), async host =>
        {
            var files = IngestRunner.ExpandPaths(parse.GetValue(paths) ?? []);
            if (files.Count == 0)
            {
                throw new CliConfigurationException("No .csv or .csv.gz files found in the given paths.");
            }

            var runner = new IngestRunner(host, AnsiConsole.Console);
            var result = await runner.RunAsync(files, parse.GetValue(dataset), cancellationToken);
            runner.PrintSummary(result);
            return result.Failed == 0 ? 0 : 1;
        }, cancellationToken));
        return command;
    }
}
