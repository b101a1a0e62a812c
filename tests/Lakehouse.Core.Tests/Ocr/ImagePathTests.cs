using Lakehouse.Core.Ocr;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Ocr;

public sealed class ImagePathTests : IDisposable
{
    private readonly TempDirectory _temp = new("ocr-img");

    [RequiresOcrFact(NeedsSharedPages = true)]
    public async Task ReadAsync_UpsideDownScan_Straightened()
    {
        var image = _temp.Combine("upside-down.png");
        await TestTools.ConvertAsync(Source("phototest.tif"), "-rotate", "180", image);

        var page = Assert.Single((await OcrReaders.Shared.ReadAsync(image, "upside-down.png", CancellationToken.None)).Pages);

        Assert.InRange(CharacterErrorRate.Compute(page.Text, await Truth("phototest")), 0, 0.02);
        Assert.InRange(page.Confidence, 85, 100);
    }

    [RequiresOcrFact(NeedsSharedPages = true)]
    public async Task ReadAsync_SidewaysAndSkewedScans_Straightened()
    {
        var sideways = _temp.Combine("sideways.jpg");
        var skewed = _temp.Combine("skewed.tif");
        await TestTools.ConvertAsync(Source("phototest.tif"), "-rotate", "270", "-quality", "92", sideways);
        await TestTools.ConvertAsync(Source("eurotext.tif"), "-background", "white", "-rotate", "4", "+repage", skewed);

        var up = Assert.Single((await OcrReaders.Shared.ReadAsync(sideways, "sideways.jpg", CancellationToken.None)).Pages);
        var straight = Assert.Single((await OcrReaders.Shared.ReadAsync(skewed, "skewed.tif", CancellationToken.None)).Pages);

        Assert.InRange(CharacterErrorRate.Compute(up.Text, await Truth("phototest")), 0, 0.03);
        Assert.InRange(CharacterErrorRate.Compute(straight.Text, await Truth("eurotext")), 0, 0.05);
    }

    [RequiresOcrFact(NeedsSharedPages = true)]
    public async Task ReadAsync_MultiPageTiff_EveryPageInOrder()
    {
        var tiff = _temp.Combine("multi.tif");
        await TestTools.ConvertAsync(Source("phototest.tif"), Source("eurotext.tif"), Source("phototest.tif"), tiff);

        var document = await OcrReaders.Shared.ReadAsync(tiff, "multi.tif", CancellationToken.None);

        Assert.Equal(DocumentKind.Tiff, document.Kind);
        Assert.Equal([1, 2, 3], document.Pages.Select(p => p.PageNumber));
        Assert.Contains("quick brown dog", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("raposa marrom", document.Pages[1].Text, StringComparison.Ordinal);
        Assert.Contains("quick brown dog", document.Pages[2].Text, StringComparison.Ordinal);
    }

    [RequiresOcrFact(NeedsSharedPages = true)]
    public async Task ReadAsync_SameReaderConcurrently_UsesAtMostConfiguredEngines()
    {
        using var reader = OcrReaders.Create(new OcrOptions { MaxDegreeOfParallelism = 2 });
        var image = Source("phototest.tif");

        var documents = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => reader.ReadAsync(image, "phototest.tif", CancellationToken.None)));

        Assert.All(documents, d => Assert.Contains("quick brown dog", d.Pages[0].Text, StringComparison.Ordinal));
        Assert.InRange(reader.Engines, 1, 2);
    }

    public void Dispose() => _temp.Dispose();

    private static string Source(string name) => Path.Combine(RepoPaths.OcrData, name);

    private static Task<string> Truth(string stem) => File.ReadAllTextAsync(Path.Combine(RepoPaths.OcrData, stem + ".txt"));
}
