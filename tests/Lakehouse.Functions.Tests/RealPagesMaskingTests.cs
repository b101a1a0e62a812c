using Lakehouse.Core.Documents;
using Lakehouse.Core.Masking;
using Lakehouse.Core.Storage;
using Lakehouse.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The real scanned pages in ../shared/data/ocr through the pipeline: the masked text stored in silver and the warehouse
/// loses no more than masked tokens explain, compared with the raw OCR text of the same pages read again here.
/// </summary>
public sealed class RealPagesMaskingTests(ITestOutputHelper output)
{
    [RequiresOcrFact(NeedsSharedPages = true)]
    public async Task Ingest_RealScans_StoredTextIsTheRawTextWithOnlyMaskedSpansReplaced()
    {
        var images = Directory.GetFiles(RepoPaths.OcrData).Where(f => Path.GetExtension(f) is ".tif" or ".jpg" or ".jpeg").Order(StringComparer.Ordinal).ToArray();
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "docs_real");

        var result = await harness.IngestAsync(await harness.UploadDocumentsAsync(images));

        PipelineHarness.AssertAllLoaded(result);
        Assert.Equal(5, images.Length);
        var reader = harness.Services.GetRequiredService<DocumentReaderProvider>().Reader;
        var (tokens, masked, characters) = (0, 0, 0);
        foreach (var image in images)
        {
            var key = $"docs/ingest_date=2026-11-22/{Path.GetFileName(image)}";
            var raw = Assert.Single((await reader.ReadAsync(image, key, default)).Pages);
            var stored = await harness.ScalarAsync<string>($"SELECT p.page_text FROM dw.fact_document_page p JOIN dw.dim_document d USING (document_key) WHERE d.bronze_key = '{key}'");
            var silver = await SilverTextAsync(harness, key);

            var spans = MaskedTextCheck.Explain(raw.Text, stored, out var problem);

            Assert.True(spans is not null, $"{Path.GetFileName(image)}: {problem}");
            Assert.Equal(DocumentScrubber.Default.ScrubPages([(raw.Text, true)])[0], stored);
            Assert.Equal(stored, silver);
            output.WriteLine($"{Path.GetFileName(image)}: {raw.Text.Length} characters read, {spans.Count} masked span(s) ({string.Join(", ", spans.Select(s => $"{s.Token} for {s.Span.Length}"))})");
            (tokens, masked, characters) = (tokens + spans.Count, masked + spans.Sum(s => s.Span.Length), characters + raw.Text.Length);
        }

        output.WriteLine($"all pages: {tokens} masked span(s), {masked} of {characters} characters ({(double)masked / characters:P2}) replaced by tokens, every other character kept");
    }

    private static async Task<string> SilverTextAsync(PipelineHarness harness, string key)
    {
        using var folder = new TempDirectory("silver");
        var local = folder.Combine("pages.parquet");
        await harness.Store.DownloadToFileAsync(harness.Lake.SilverBucket, await harness.ScalarAsync<string>($"SELECT silver_key FROM lakehouse.objects WHERE object_key = '{key}'"), local, default);
        var rows = await DuckDb.QueryAsync($"SELECT page_text FROM read_parquet({DuckDb.Literal(local)}) ORDER BY page_number");
        return Assert.Single(rows.Rows)[0]!;
    }
}
