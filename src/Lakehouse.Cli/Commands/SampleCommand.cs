using System.CommandLine;
using Lakehouse.Core.Datasets;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse sample olist --scale S --out DIR</c>: writes the nine Olist-shaped files (deterministic; scale 1.0 has
/// the real dataset's cardinalities, ≈1.56 M rows). Review texts carry planted personal data for leak tests.
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
        return new Command("sample", "Generate sample data") { olist };
    }
}
