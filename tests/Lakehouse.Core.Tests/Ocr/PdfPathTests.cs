using Lakehouse.Core.Datasets;
using Lakehouse.Core.Ocr;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Ocr;

[Collection(MemoryMeasured.Name)]
public sealed class PdfPathTests : IDisposable
{
    private readonly TempDirectory _temp = new("ocr-pdf");

    [RequiresOcrFact]
    public async Task ReadAsync_TextLayerPdf_UsesTextLayerWithAccents()
    {
        var pdf = _temp.Combine("texto.pdf");
        SimplePdfWriter.WriteText(pdf, [["CONTRATO DE LOCAÇÃO", "Cláusula primeira – da obrigação: ação, pão, avô, à vista."], ["Segunda página com texto suficiente."]]);

        var document = await OcrReaders.Shared.ReadAsync(pdf, "texto.pdf", CancellationToken.None);

        Assert.Equal(DocumentKind.Pdf, document.Kind);
        Assert.Equal([1, 2], document.Pages.Select(p => p.PageNumber));
        Assert.All(document.Pages, p => Assert.Equal(PageTextMethod.TextLayer, p.Method));
        Assert.All(document.Pages, p => Assert.Equal(100, p.Confidence));
        Assert.Contains("CONTRATO DE LOCAÇÃO", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Cláusula primeira – da obrigação: ação, pão, avô, à vista.", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [RequiresOcrFact(NeedsSharedPages = true)]
    public async Task ReadAsync_ScannedPdf_RendersAndRecognisesPages()
    {
        var pdf = await ScannedPdfAsync("scan.pdf", 2);

        var document = await OcrReaders.Shared.ReadAsync(pdf, "scan.pdf", CancellationToken.None);

        Assert.Equal(2, document.Pages.Count);
        Assert.All(document.Pages, p => Assert.Equal(PageTextMethod.Ocr, p.Method));
        var truth = await File.ReadAllTextAsync(Path.Combine(RepoPaths.OcrData, "phototest.txt"));
        Assert.All(document.Pages, p => Assert.InRange(CharacterErrorRate.Compute(p.Text, truth), 0, 0.03));
    }

    [RequiresOcrFact(NeedsSharedPages = true)]
    public async Task ReadAsync_MixedPdf_DecidesPerPage()
    {
        var text = _temp.Combine("text.pdf");
        SimplePdfWriter.WriteText(text, [["Página com camada de texto real, legível por pdftotext."]]);
        var scan = await ScannedPdfAsync("scan.pdf", 1);
        var mixed = _temp.Combine("mixed.pdf");
        await TestTools.RunAsync("qpdf", "--empty", "--pages", text, scan, text, "--", mixed);

        var document = await OcrReaders.Shared.ReadAsync(mixed, "mixed.pdf", CancellationToken.None);

        Assert.Equal([PageTextMethod.TextLayer, PageTextMethod.Ocr, PageTextMethod.TextLayer], document.Pages.Select(p => p.Method));
        Assert.Contains("quick brown", document.Pages[1].Text, StringComparison.Ordinal);
        Assert.Equal(1, document.OcrPages);
    }

    [RequiresOcrFact]
    public async Task ReadAsync_ThreeHundredPagePdf_StreamsWithinBoundedMemory()
    {
        var pdf = _temp.Combine("long.pdf");
        SimplePdfWriter.WriteText(pdf, Enumerable.Range(1, 300).Select(n => (IReadOnlyList<string>)[$"Página {n} do contrato longo, com texto.", new string('x', 60)]).ToList());
        var scan = _temp.Combine("blank.jpg");
        await TestTools.ConvertAsync("-size", "250x350", "xc:white", "-draw", "rectangle 20,30 200,44", scan);
        var scans = _temp.Combine("scans.pdf");
        SimplePdfWriter.WriteImages(scans, Enumerable.Repeat(scan, 300).ToList());
        var workFolders = WorkFolders();
        var baseline = Environment.WorkingSet;
        using var peak = new PeakWorkingSet();

        // 150 dpi keeps the run short; the pages are still rendered, decoded and recognised one per worker.
        using var reader = OcrReaders.Create(new OcrOptions { RenderDpi = 150, MaxDegreeOfParallelism = 2 });
        var text = await reader.ReadAsync(pdf, "long.pdf", CancellationToken.None);
        var images = await reader.ReadAsync(scans, "scans.pdf", CancellationToken.None);

        Assert.Equal(300, text.Pages.Count);
        Assert.Equal(300, images.Pages.Count);
        Assert.Equal(300, images.OcrPages);
        Assert.Equal("Página 300 do contrato longo, com texto.", text.Pages[299].Text.Split('\n')[0].Trim());
        Assert.InRange(peak.Bytes - baseline, long.MinValue, 600L * 1024 * 1024);
        Assert.Equal(workFolders, WorkFolders());
    }

    public void Dispose() => _temp.Dispose();

    private static int WorkFolders() => Directory.GetDirectories(Path.GetTempPath(), "lakehouse-ocr-*").Length;

    private async Task<string> ScannedPdfAsync(string name, int pages)
    {
        var jpeg = _temp.Combine("phototest.jpg");
        await TestTools.ConvertAsync(Path.Combine(RepoPaths.OcrData, "phototest.tif"), "-colorspace", "Gray", "-quality", "90", jpeg);
        var pdf = _temp.Combine(name);
        SimplePdfWriter.WriteImages(pdf, Enumerable.Repeat(jpeg, pages).ToList());
        return pdf;
    }
}
