using System.CommandLine;
using Lakehouse.Core.Datasets;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse sample olist --scale S --out DIR</c>: writes the nine Olist-shaped files (deterministic; scale 1.0 has
/// the real dataset's cardinalities, ≈1.56 M rows). Review texts carry planted personal data for leak tests.
/// <c>lakehouse sample contracts --count N --out DIR</c>: Portuguese contracts as text PDFs and scans, with planted
/// personal data listed in <c>planted.json</c> (<see cref="ContractGenerator"/>).
/// </summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var scale = new Option<double>("--scale") { Description = "1.0 = the real dataset's size", DefaultValueFactory = _ => 0.01 };
        var output = new Option<string?>("--out") { Description = "Output folder (default: sample/ in the lakehouse home)" };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed and scale, same bytes)", DefaultValueFactory = _ => 7 };
        var olist = new Command("olist", "Write the nine Olist CSV files") { scale, output, seed };
        olist.SetAction(parse =>
        {
            var folder = parse.GetValue(output) ?? context.FindHome().Combine("sample");
            var result = OlistGenerator.Write(folder, parse.GetValue(scale), parse.GetValue(seed));
            foreach (var path in result.Paths)
            {
                context.Output.Out.MarkupLineInterpolated($"{path}  [grey]{new FileInfo(path).Length:N0} bytes[/]");
            }

            context.Output.Error.MarkupLineInterpolated($"{result.Planted.Count} planted personal values in review texts (synthetic)");
            return 0;
        });
        return new Command("sample", "Generate sample data") { olist, Contracts(context) };
    }

    private static Command Contracts(CliContext context)
    {
        var count = new Option<int>("--count") { Description = "How many contracts (each a text PDF and a scan)", DefaultValueFactory = _ => 3 };
        var output = new Option<string?>("--out") { Description = "Output folder (default: contracts/ in the lakehouse home)" };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed and count, same contracts)", DefaultValueFactory = _ => 42 };
        var contracts = new Command("contracts", "Write Portuguese contracts (text PDFs and scans) with planted personal data") { count, output, seed };
        contracts.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(count) < 1)
            {
                context.Output.Error.MarkupLine("[red]configuration error:[/] --count must be at least 1");
                return 2;
            }

            var folder = parse.GetValue(output) ?? context.FindHome().Combine("contracts");
            var sample = await ContractGenerator.WriteAsync(folder, parse.GetValue(count), parse.GetValue(seed), cancellationToken);
            foreach (var contract in sample.Contracts)
            {
                context.Output.Out.MarkupLineInterpolated($"{contract.Id} ({contract.Kind}): {string.Join(", ", contract.Files.Select(f => Path.Combine(folder, f)))}");
            }

            context.Output.Error.MarkupLineInterpolated($"planted personal values (synthetic) and a search word per contract: {sample.PlantedFile}");
            return 0;
        });
        return contracts;
    }
}
