using System.Security.Cryptography;
using System.Text.Json;

using Lakehouse.Core.Datasets;
using Lakehouse.Core.Masking;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Datasets;

[Collection(GeneratedContracts.Collection)]
public sealed class ContractGeneratorTests(GeneratedContracts generated) : IDisposable
{
    private readonly TempDirectory _temp = new("contracts-again");

    [Fact]
    public void Compose_SameSeed_SameContract()
    {
        var first = ContractGenerator.Compose(5, 42);
        var second = ContractGenerator.Compose(5, 42);
        var other = ContractGenerator.Compose(5, 43);

        Assert.Equal(first.Pages.SelectMany(p => p), second.Pages.SelectMany(p => p));
        Assert.Equal(first.Planted, second.Planted);
        Assert.NotEqual(first.Planted, other.Planted);
    }

    [Fact]
    public void Compose_PlantedValues_AllWrittenAndValid()
    {
        foreach (var index in Enumerable.Range(1, 9))
        {
            var (_, pages, planted) = ContractGenerator.Compose(index, 7);
            var text = string.Join(' ', pages.SelectMany(p => p));

            Assert.All(planted, v => Assert.Contains(v.Value, text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal));
            Assert.All(planted.Where(v => v.Kind == "CPF"), v => Assert.True(BrazilianDocuments.IsCpf(v.Value)));
            Assert.All(planted.Where(v => v.Kind == "CNPJ"), v => Assert.True(BrazilianDocuments.IsCnpj(v.Value)));
            Assert.Contains(planted, v => v.Kind == "NOME");
        }
    }

    [Fact]
    public void Compose_TextLayerMasked_NoPlantedValueLeft()
    {
        foreach (var index in Enumerable.Range(1, 30))
        {
            var (_, pages, planted) = ContractGenerator.Compose(index, 11);
            var masked = DocumentScrubber.Default.Scrub(string.Join('\n', pages.Select(p => string.Join('\n', p))), fromOcr: false);

            Assert.All(planted, v => Assert.DoesNotContain(v.Value, masked, StringComparison.Ordinal));
        }
    }

    [RequiresOcrFact]
    public async Task WriteAsync_SameSeed_SameTextPdfsAndPlantedList()
    {
        var a = generated.Sample;
        var b = await ContractGenerator.WriteAsync(_temp.Path, 1, 42);

        Assert.Equal(3, a.Contracts.Count);
        Assert.Equal(a.Contracts[0].Planted, b.Contracts[0].Planted);
        Assert.Equal(Hash(Path.Combine(generated.Folder, "contrato-0001.pdf")), Hash(_temp.Combine("contrato-0001.pdf")));
        Assert.Equal(Hash(Path.Combine(generated.Folder, "contrato-0001-scan.tif")), Hash(_temp.Combine("contrato-0001-scan.tif")));
        Assert.Equal([".pdf", ".pdf"], a.Contracts[2].Files.Select(Path.GetExtension));
        Assert.EndsWith(".tif", a.Contracts[0].Files[1], StringComparison.Ordinal);
        Assert.Contains(".jpg", string.Concat(a.Contracts[1].Files), StringComparison.Ordinal);
        using var planted = JsonDocument.Parse(await File.ReadAllTextAsync(a.PlantedFile));
        Assert.Equal(3, planted.RootElement.GetProperty("contracts").GetArrayLength());
    }

    public void Dispose() => _temp.Dispose();

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
