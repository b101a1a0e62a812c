using System.CommandLine;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse ingest &lt;file-or-folder&gt;... [--dataset D] [--format table|csv|json]</c>: upload to bronze and run
/// the pipeline. Exit codes: 0 every object loaded or skipped, 1 any object rejected or failed, 2 usage or
/// configuration, 130 interrupted (Ctrl-C; the run is marked interrupted and running the same command again finishes it).
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "CSV files (.csv or .csv.gz), documents (PDF, PNG, JPEG, TIFF) or folders holding them" };
        var dataset = new Option<string?>("--dataset") { Description = "Dataset of every file (default: recognised from the file name)" };
        var format = OutputFormatOption.Create();
        var command = new Command("ingest", "Upload files to lake-bronze and run them through mask → Parquet → validate → load") { paths, dataset, format };
        command.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(context, parse, () => Plan(parse.GetValue(paths), Dataset(parse.GetValue(dataset))), async (host, input) =>
        {
            foreach (var file in input.Unrecognized)
            {
                context.Output.Error.MarkupLineInterpolated($"[red]error:[/] {Unrecognized(file)}");
            }

            var result = await new IngestRunner(host, context.Output).RunAsync(input.Files, input.Dataset, cancellationToken);
            IngestSummary.Write(result, context.Output, OutputFormatOption.Get(parse, format), result.ReportKey is { } report ? ReportLocations.Of(host, report) : null);
            return result.Failed + result.Rejected == 0 && input.Unrecognized.Count == 0 ? 0 : 1;
        }, cancellationToken, prepareBeside: true));
        return command;
    }

    /// <summary>
    /// The files to ingest and those whose dataset cannot be told from the name (without <c>--dataset</c>): these are
    /// reported and never uploaded — nothing of them reaches bronze — while the others go through; the exit code is then 1.
    /// When no file is recognised nothing starts.
    /// </summary>
    internal static (IReadOnlyList<string> Files, string? Dataset, IReadOnlyList<string> Unrecognized) Plan(string[]? paths, string? dataset)
    {
        var all = Files(paths);
        var unrecognized = dataset is null ? all.Where(f => !IngestRunner.IsRecognized(Path.GetFileName(f))).ToList() : [];
        if (unrecognized.Count == all.Count)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, unrecognized.Select(Unrecognized)));
        }

        return ([.. all.Except(unrecognized)], dataset, unrecognized);
    }

    private static string Unrecognized(string file) =>
        $"{file}: not a known dataset's file name (olist_orders_dataset.csv, olist_customers_dataset.csv, …) nor a document (PDF, PNG, JPEG, TIFF), so nothing of it was stored; "
        + "name its dataset with --dataset (for example --dataset orders) or rename the file";

    /// <summary>The dataset named by <c>--dataset</c>, checked before anything starts; null to recognise each file by its name.</summary>
    internal static string? Dataset(string? name) =>
        name is null || Core.Datasets.OlistDatasets.Find(name) is not null || Core.Documents.DocumentDataset.Is(name) ? name
            : throw new CliConfigurationException($"Unknown dataset '{name}'{Suggestions.DidYouMean(name, Known)}; known: {string.Join(", ", Known)}.");

    private static IEnumerable<string> Known => [.. Core.Datasets.OlistDatasets.All.Select(d => d.Name), Core.Documents.DocumentDataset.Name];

    /// <summary>The files to ingest; a missing path or no CSV at all is an error before anything starts.</summary>
    internal static IReadOnlyList<string> Files(string[]? paths)
    {
        foreach (var path in paths ?? [])
        {
            // An option-like path that does not exist is a misspelt option the parser took for a file name.
            if (path.StartsWith('-') && !File.Exists(path) && !Directory.Exists(path))
            {
                throw new CliConfigurationException($"Unknown option '{path}'{Suggestions.DidYouMean(path, ["--dataset", "--format", "--verbose"])}.");
            }
        }

        var files = IngestRunner.ExpandPaths(paths ?? []);
        return files.Count > 0 ? files : throw new CliConfigurationException("No .csv or .csv.gz files or documents (PDF, PNG, JPEG, TIFF) found in the given paths.");
    }
}
