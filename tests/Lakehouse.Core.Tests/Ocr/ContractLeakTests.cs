using System.Text.RegularExpressions;

using Lakehouse.Core.Masking;
using Lakehouse.Core.Ocr;
using Lakehouse.Core.Tests.Datasets;
using Lakehouse.Testing;

using Xunit.Abstractions;

namespace Lakehouse.Core.Tests.Ocr;

[Collection(GeneratedContracts.Collection)]
public sealed partial class ContractLeakTests(GeneratedContracts generated, ITestOutputHelper output)
{
    [RequiresOcrFact]
    public async Task ReadThenScrub_GeneratedPdfsAndScans_NoPlantedValueLeft()
    {
        var (names, leakedNames) = (0, 0);
        foreach (var contract in generated.Sample.Contracts)
        {
            foreach (var file in contract.Files)
            {
                var document = await OcrReaders.Shared.ReadAsync(Path.Combine(generated.Folder, file), file, CancellationToken.None);
                var masked = string.Join('\n', DocumentScrubber.Default.ScrubPages([.. document.Pages.Select(p => (p.Text, p.Method == PageTextMethod.Ocr))]));
                output.WriteLine($"{file}: {document.Pages.Count} pages, {document.OcrPages} by OCR, confidence {string.Join('/', document.Pages.Select(p => p.Confidence))}");

                foreach (var value in contract.Planted.Where(v => v.Kind is "CPF" or "CNPJ" or "EMAIL" or "PHONE"))
                {
                    Assert.False(masked.Contains(value.Value, StringComparison.Ordinal), $"{file}: a planted {value.Kind} is left");
                }

                var planted = contract.Planted.Where(v => v.Kind == "NOME").Select(v => v.Value).Distinct().ToList();
                names += planted.Count;
                leakedNames += planted.Count(n => masked.Contains(n, StringComparison.OrdinalIgnoreCase));
                Assert.False(CpfShaped().IsMatch(masked), $"{file}: a CPF-shaped number is left");
                Assert.Contains(contract.SearchWord, masked, StringComparison.Ordinal);
            }
        }

        output.WriteLine($"planted names left: {leakedNames} of {names}");
        Assert.InRange(leakedNames, 0, names * 0.02);
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}(?![0-9])")]
    private static partial Regex CpfShaped();
}
