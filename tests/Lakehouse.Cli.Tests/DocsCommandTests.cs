using System.Text.Json;
using System.Text.RegularExpressions;
using Lakehouse.Testing;
using Xunit.Abstractions;

namespace Lakehouse.Cli.Tests;

/// <summary>
/// `lakehouse sample contracts`, `lakehouse --verbose ingest` of the folder and `lakehouse docs search`, each run as its
/// own process (its own home, a throwaway warehouse): the output (tables, summary and the pipeline's logs) holds no planted
/// CPF, CNPJ, e-mail or phone and at most 2 % of the planted names, and each contract's search word ranks it first.
/// </summary>
public sealed partial class DocsCommandTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] ExactKinds = ["CPF", "CNPJ", "EMAIL", "PHONE"];
    private readonly TempDirectory _folder = new("docs-cli");

    [RequiresOcrFact(NeedsPostgresBinaries = true)]
    public async Task SampleIngestSearch_GeneratedContracts_OutputLeaksNothingAndRanksEachContractFirst()
    {
        var environment = await CliProcess.EnvironmentAsync(_folder.Combine("home"), "cli-docs");
        var sample = await CliProcess.RunAsync(_folder.Path, environment, "sample", "contracts", "--count", "3", "--out", "contracts");
        Assert.True(sample.ExitCode == 0, sample.Error);
        using var planted = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.Combine("contracts/planted.json")));
        var contracts = planted.RootElement.GetProperty("contracts").EnumerateArray()
            .Select(c => (Id: c.GetProperty("id").GetString()!, Word: c.GetProperty("searchWord").GetString()!,
                Planted: c.GetProperty("planted").EnumerateArray().Select(v => (Kind: v.GetProperty("kind").GetString()!, Value: v.GetProperty("value").GetString()!)).ToList()))
            .ToList();

        var ingest = await CliProcess.RunAsync(_folder.Path, environment, "--verbose", "ingest", "contracts");
        var searches = new List<(string Id, string Output)>();
        foreach (var contract in contracts)
        {
            var search = await CliProcess.RunAsync(_folder.Path, environment, "docs", "search", contract.Word);
            Assert.True(search.ExitCode == 0, search.Error);
            searches.Add((contract.Id, search.Out + search.Error));
        }

        var ingestOutput = ingest.Out + ingest.Error;
        output.WriteLine(ingestOutput.Length > 4000 ? ingestOutput[^4000..] : ingestOutput);
        output.WriteLine(string.Join('\n', searches.Select(s => s.Output)));
        Assert.True(ingest.ExitCode == 0, ingestOutput);
        Assert.Contains($"{contracts.Sum(c => Files(c.Id))} loaded, 0 skipped, 0 rejected, 0 failed", ingest.Out, StringComparison.Ordinal);
        foreach (var (id, text) in searches)
        {
            var first = text.Split('\n').FirstOrDefault(l => l.Contains("docs/ingest_date=", StringComparison.Ordinal));
            Assert.True(first is not null && first.Contains(id, StringComparison.Ordinal), $"{id} is not the first hit:\n{text}");
        }

        var all = string.Join('\n', [sample.Out, sample.Error, ingestOutput, .. searches.Select(s => s.Output)]);
        var exact = contracts.SelectMany(c => c.Planted).Where(v => ExactKinds.Contains(v.Kind)).Select(v => v.Value).Distinct().ToList();
        var names = contracts.SelectMany(c => c.Planted.Where(v => v.Kind == "NOME").Select(v => v.Value).Distinct()).ToList();
        var leaked = exact.Where(v => all.Contains(v, StringComparison.Ordinal) || (Digits(v) is { Length: >= 10 } d && Digits(all).Contains(d, StringComparison.Ordinal))).ToList();
        var namesFound = names.Count(n => all.Contains(n, StringComparison.OrdinalIgnoreCase));
        output.WriteLine($"CLI output: {leaked.Count} of {exact.Count} planted CPF/CNPJ/e-mail/phone values, {namesFound} of {names.Count} planted names");
        Assert.Empty(leaked);
        Assert.InRange(namesFound, 0, names.Count * 0.02);
        Assert.False(CpfShaped().IsMatch(all), "a CPF-shaped number in the CLI output");
    }

    public void Dispose() => _folder.Dispose();

    private int Files(string id) => Directory.EnumerateFiles(_folder.Combine("contracts"), $"{id}*").Count(f => !f.EndsWith(".json", StringComparison.Ordinal));

    private static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"(?<![0-9])[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}(?![0-9])")]
    private static partial Regex CpfShaped();
}
