using System.Diagnostics;
using System.Text.Json;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Documents;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Transform;
using Lakehouse.Testing;
using Xunit.Abstractions;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// Files that cannot be read, or hold no text, end as rejected objects whose error names the file and the reason (the
/// file stays in bronze, nothing of it reaches the warehouse); a 300-page PDF loads; and every other file of the same
/// ingest loads, in bounded memory.
/// </summary>
[Collection(MemoryMeasured.Name)]
public sealed class DocumentRejectionTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new("docs-bad");

    [RequiresOcrFact]
    public async Task Ingest_BadDocumentsBesideGoodFiles_EachRejectedWithItsReasonAndTheRestLoads()
    {
        var bad = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["quebrado.pdf"] = "corrupt file",
            ["trancado.pdf"] = "encrypted PDF",
            ["vazio.png"] = "empty file",
            ["enorme.png"] = "too large: page 1 is 20000 x 20000 pixels",
            ["em-branco.png"] = "document.has_text: no text on any of the 1 page(s)",
            ["planilha.csv"] = "unsupported format",
        };
        await File.WriteAllTextAsync(_temp.Combine("quebrado.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without xref or trailer");
        SimplePdfWriter.WriteText(_temp.Combine("aberto.pdf"), [["Contrato sigiloso com texto suficiente para a camada de texto."]]);
        await TestTools.RunAsync("qpdf", "--encrypt", "senha-usuario", "senha-dono", "256", "--", _temp.Combine("aberto.pdf"), _temp.Combine("trancado.pdf"));
        await File.WriteAllBytesAsync(_temp.Combine("vazio.png"), []);
        await File.WriteAllBytesAsync(_temp.Combine("enorme.png"), TestImages.BlankPng(20_000, 20_000));
        await File.WriteAllBytesAsync(_temp.Combine("em-branco.png"), TestImages.BlankPng(1240, 1754));
        await File.WriteAllTextAsync(_temp.Combine("planilha.csv"), "nome;valor\nitem;1\n");
        SimplePdfWriter.WriteText(_temp.Combine("longo.pdf"), [.. Enumerable.Range(1, 300).Select(n => (IReadOnlyList<string>)[$"Página {n} do contrato longo, cláusula {n}.", new string('x', 60)])]);
        var olist = OlistSampleGenerator.Write(_temp.Combine("olist"), 20);
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "docs_bad");
        var refs = (await harness.UploadDocumentsAsync([.. bad.Keys.Select(_temp.Combine), _temp.Combine("aberto.pdf"), _temp.Combine("longo.pdf")]))
            .Concat(await harness.UploadAsync([.. olist])).ToList();
        var baseline = Environment.WorkingSet;
        using var peak = new PeakWorkingSet();
        var clock = Stopwatch.StartNew();

        var result = await harness.IngestAsync(refs);

        var grown = peak.Bytes - baseline;
        output.WriteLine($"ingest of {refs.Count} objects: {clock.Elapsed.TotalSeconds:0.0} s, working set of the test process grew by at most {grown / (1024 * 1024)} MiB (peak {peak.Bytes / (1024 * 1024)} MiB)");
        foreach (var o in result.Objects)
        {
            output.WriteLine($"{o.Key}: {o.Status.ToText()} {o.Error}");
        }

        foreach (var (file, reason) in bad)
        {
            var o = result.Objects.Single(x => x.Key.EndsWith("/" + file, StringComparison.Ordinal));
            Assert.True(o.Status == ObjectStatus.Rejected, $"{file}: {o.Status} {o.Error}");
            Assert.Equal(DocumentDataset.Name, o.Dataset);
            Assert.StartsWith($"{o.Key}: not loaded", o.Error, StringComparison.Ordinal);
            Assert.Contains(reason, o.Error, StringComparison.Ordinal);
            var report = await ReportAsync(harness, o.Key);
            Assert.False(report.RootElement.GetProperty("Passed").GetBoolean());
            Assert.Contains(report.RootElement.GetProperty("Findings").EnumerateArray(), f => f.GetProperty("Severity").GetString() == "Critical");
            Assert.NotNull(await harness.Store.HeadAsync(harness.Lake.BronzeBucket, o.Key, default));
        }

        Assert.All(result.Objects.Where(o => !bad.Keys.Any(b => o.Key.EndsWith("/" + b, StringComparison.Ordinal))),
            o => Assert.True(o.Status == ObjectStatus.Loaded, $"{o.Key}: {o.Status} {o.Error}"));
        Assert.Equal(bad.Count, await harness.ScalarAsync<long>($"SELECT count(*) FROM lakehouse.objects WHERE status = 'rejected' AND dataset = '{DocumentDataset.Name}'"));
        Assert.Equal("aberto.pdf:1,longo.pdf:300", await harness.ScalarAsync<string>(
            "SELECT string_agg(regexp_replace(bronze_key, '^.*/', '') || ':' || pages, ',' ORDER BY bronze_key) FROM dw.dim_document"));
        Assert.Equal(301, await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_document_page"));
        Assert.True(await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_order") > 0);

        // Bounded: the 20,000 x 20,000 image (400 M pixels, 1.6 GB decoded as RGBA) is refused from its header and the
        // 300-page PDF streams page by page.
        Assert.InRange(grown, long.MinValue, 600L * 1024 * 1024);
    }

    public void Dispose() => _temp.Dispose();

    private static async Task<JsonDocument> ReportAsync(PipelineHarness harness, string key)
    {
        await using var stream = await harness.Store.OpenReadAsync(harness.Lake.SilverBucket, SilverKeys.ValidationReport(await SilverKeyAsync(harness, key)), default);
        return await JsonDocument.ParseAsync(stream);
    }

    // The silver key carries the bronze object's content hash (SilverKeys): read it from the catalog.
    private static Task<string> SilverKeyAsync(PipelineHarness harness, string key) =>
        harness.ScalarAsync<string>($"SELECT silver_key FROM lakehouse.objects WHERE object_key = '{key}'");
}
