using System.CommandLine;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary><c>lakehouse ingest &lt;file-or-folder&gt;...</c>: upload to bronze and run the pipeline.</summary>
internal static class IngestCommand
{
    public static Command Create(Option<bool> verbose)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "CSV files (.csv or .csv.gz), documents (PDF, PNG, JPEG, TIFF) or folders holding them" };
        var dataset = new Option<string?>("--dataset") { Description = "Dataset of every file (default: recognised from the file name)" };
        var command = new Command("ingest", "Upload files to lake-bronze and run them through mask → Parquet → validate → load") { paths, dataset };
        command.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(parse.GetValue(verbose), () => (Files: Files(parse.GetValue(paths)), Dataset: Dataset(parse.GetValue(dataset))), async (host, input) =>
        {
            var runner = new IngestRunner(host, AnsiConsole.Console);
            var result = await runner.RunAsync(input.Files, input.Dataset, cancellationToken);
            runner.PrintSummary(result);
            return result.Failed == 0 ? 0 : 1;
        }, cancellationToken));
        return command;
    }

    /// <summary>The dataset named by <c>--dataset</c>, checked before anything starts; null to recognise each file by its name.</summary>
    internal static string? Dataset(string? name) =>
        name is null || Core.Datasets.OlistDatasets.Find(name) is not null ? name
            : throw new CliConfigurationException($"Unknown dataset '{name}'; known: {string.Join(", ", Core.Datasets.OlistDatasets.All.Select(d => d.Name))}.");

    /// <summary>The files to ingest; a missing path or no CSV at all is an error before anything starts.</summary>
    internal static IReadOnlyList<string> Files(string[]? paths)
    {
        var files = IngestRunner.ExpandPaths(paths ?? []);
        return files.Count > 0 ? files : throw new CliConfigurationException("No .csv or .csv.gz files or documents (PDF, PNG, JPEG, TIFF) found in the given paths.");
    }
}
