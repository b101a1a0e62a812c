using Lakehouse.Core.Ocr;
using Lakehouse.Testing;

using Xunit.Abstractions;

namespace Lakehouse.Core.Tests.Ocr;

public sealed class RealPagesTests(ITestOutputHelper output)
{
    [RequiresOcrFact(NeedsSharedPages = true)]
    public async Task ReadAsync_RealScans_ErrorRateAtMostCliTimesOnePointZeroFive()
    {
        var images = Directory.GetFiles(RepoPaths.OcrData).Where(f => f.EndsWith(".tif", StringComparison.Ordinal) || f.EndsWith(".jpg", StringComparison.Ordinal) || f.EndsWith(".jpeg", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var (ours, cli, truthLength) = (0.0, 0.0, 0);

        foreach (var image in images)
        {
            var truth = CharacterErrorRate.Normalise(await File.ReadAllTextAsync(Truth(image)));
            var document = await OcrReaders.Shared.ReadAsync(image, Path.GetFileName(image), CancellationToken.None);
            var page = Assert.Single(document.Pages);
            var ourDistance = CharacterErrorRate.Distance(CharacterErrorRate.Normalise(page.Text), truth);
            var cliDistance = CharacterErrorRate.Distance(CharacterErrorRate.Normalise(await TesseractCli.ReadAsync(image)), truth);
            output.WriteLine($"{Path.GetFileName(image)}: CER ours {(double)ourDistance / truth.Length:P2}, CLI {(double)cliDistance / truth.Length:P2}, confidence {page.Confidence}");
            Assert.Equal(PageTextMethod.Ocr, page.Method);
            Assert.InRange(page.Confidence, 50, 100);
            (ours, cli, truthLength) = (ours + ourDistance, cli + cliDistance, truthLength + truth.Length);
        }

        Assert.Equal(5, images.Count);
        Assert.InRange(ours / truthLength, 0, (1.05 * cli / truthLength) + 1e-9);
    }

    [RequiresOcrFact(NeedsSharedPages = true)]
    public async Task ReadAsync_Phototest_ExactTextAndHighConfidence()
    {
        var image = Path.Combine(RepoPaths.OcrData, "phototest.tif");

        var document = await OcrReaders.Shared.ReadAsync(image, "phototest.tif", CancellationToken.None);

        Assert.Equal(DocumentKind.Tiff, document.Kind);
        var page = Assert.Single(document.Pages);
        Assert.Equal(1, page.PageNumber);
        Assert.Equal("ocr", page.MethodName);
        Assert.InRange(CharacterErrorRate.Compute(page.Text, await File.ReadAllTextAsync(Truth(image))), 0, 0.01);
        Assert.InRange(page.Confidence, 85, 100);
    }

    private static string Truth(string image)
    {
        var stem = Path.Combine(Path.GetDirectoryName(image)!, Path.GetFileNameWithoutExtension(image));
        return File.Exists(stem + ".gt.txt") ? stem + ".gt.txt" : stem + ".txt";
    }
}
