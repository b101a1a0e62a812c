using System.Text.RegularExpressions;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Documents;
using Lakehouse.Core.Storage;
using Lakehouse.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// Generated contracts (text PDFs and scans as TIFF, JPEG and image-only PDF) with planted personal data, ingested
/// through the whole pipeline: no planted CPF, CNPJ, e-mail or phone, and at most 2 % of the planted names, anywhere in
/// silver (DuckDB), the catalog and warehouse tables or the logs; no CPF-shaped number in the stored pages; each
/// contract's own search word ranks that contract first.
/// </summary>
public sealed partial class DocumentLeakTests(ITestOutputHelper output)
{
    private static readonly string[] ExactKinds = ["CPF", "CNPJ", "EMAIL", "PHONE"];

    [RequiresOcrFact]
    public async Task Ingest_GeneratedContracts_LeaksNoPlantedValueAndSearchFindsEachContractFirst()
    {
        using var folder = new TempDirectory("contracts");
        var sample = await ContractGenerator.WriteAsync(folder.Path, 3, 42);
        var logs = new CapturedLogs();
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "docs_leak", logs);
        var files = sample.Contracts.SelectMany(c => c.Files).Select(f => Path.Combine(folder.Path, f)).ToArray();

        var result = await harness.IngestAsync(await harness.UploadDocumentsAsync(files));

        PipelineHarness.AssertAllLoaded(result);
        output.WriteLine(string.Join('\n', result.Objects.Select(o => $"{o.Key}: {o.RowsLoaded} page(s), findings: {string.Join("; ", o.Findings.Select(f => f.Message))}")));
        Assert.True(await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_document_page WHERE method = 'ocr'") >= sample.Contracts.Count);
        var places = new Dictionary<string, string>
        {
            ["silver"] = await LeakScan.LakeTextAsync(harness),
            ["catalog and warehouse"] = await LeakScan.WarehouseTextAsync(harness),
            ["logs"] = string.Join('\n', logs.Lines),
        };
        var exact = sample.Contracts.SelectMany(c => c.Planted).Where(v => ExactKinds.Contains(v.Kind)).Select(v => v.Value).Distinct().ToList();
        var names = sample.Contracts.SelectMany(c => c.Planted.Where(v => v.Kind == "NOME").Select(v => v.Value).Distinct()).ToList();
        foreach (var (place, text) in places)
        {
            Assert.True(text.Length > 0, $"nothing read from {place}");
            var leaked = exact.Where(v => text.Contains(v, StringComparison.Ordinal) || (Digits(v) is { Length: >= 10 } d && text.Contains(d, StringComparison.Ordinal))).ToList();
            var namesFound = names.Count(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));
            output.WriteLine($"{place}: {leaked.Count} of {exact.Count} planted CPF/CNPJ/e-mail/phone values, {namesFound} of {names.Count} planted names");
            Assert.True(leaked.Count == 0, $"{leaked.Count} planted value(s) found in {place}");
            Assert.InRange(namesFound, 0, names.Count * 0.02);
        }

        var pages = await harness.ScalarAsync<string>("SELECT string_agg(page_text, E'\\n') FROM dw.fact_document_page");
        Assert.False(CpfShaped().IsMatch(pages), "a CPF-shaped number is left in page_text");
        var search = harness.Services.GetRequiredService<DocumentSearch>();
        foreach (var contract in sample.Contracts)
        {
            var hits = await search.SearchAsync(contract.SearchWord, 10, default);
            output.WriteLine($"{contract.SearchWord}: {string.Join(", ", hits.Select(h => $"{Path.GetFileName(h.ObjectKey)} p{h.PageNumber} {h.Rank:0.000}"))}");
            Assert.NotEmpty(hits);
            Assert.StartsWith(contract.Id, Path.GetFileName(hits[0].ObjectKey), StringComparison.Ordinal);
            Assert.All(hits, h => Assert.StartsWith(contract.Id, Path.GetFileName(h.ObjectKey), StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The stored pages of every contract file against the raw text read again here: only masked spans differ
    /// (<see cref="MaskedTextCheck"/>), on pages dense with personal data.
    /// </summary>
    [RequiresOcrFact]
    public async Task Ingest_GeneratedContracts_StoredPagesAreTheRawTextWithOnlyMaskedSpansReplaced()
    {
        using var folder = new TempDirectory("contracts");
        var sample = await ContractGenerator.WriteAsync(folder.Path, 3, 7);
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "docs_spans");
        var files = sample.Contracts.SelectMany(c => c.Files).Select(f => Path.Combine(folder.Path, f)).ToArray();

        var result = await harness.IngestAsync(await harness.UploadDocumentsAsync(files));

        PipelineHarness.AssertAllLoaded(result);
        var reader = harness.Services.GetRequiredService<DocumentReaderProvider>().Reader;
        var (pages, spans, masked, characters) = (0, 0, 0, 0);
        foreach (var file in files)
        {
            var key = $"docs/ingest_date=2026-11-22/{Path.GetFileName(file)}";
            var raw = (await reader.ReadAsync(file, key, default)).Pages;
            var stored = (await harness.ScalarAsync<string>(
                $"SELECT string_agg(p.page_text, E'\\f' ORDER BY p.page_number) FROM dw.fact_document_page p JOIN dw.dim_document d USING (document_key) WHERE d.bronze_key = '{key}'")).Split('\f');
            Assert.Equal(raw.Count, stored.Length);
            for (var i = 0; i < raw.Count; i++)
            {
                var explained = MaskedTextCheck.Explain(raw[i].Text, stored[i], out var problem);
                Assert.True(explained is not null, $"{Path.GetFileName(file)} page {i + 1}: {problem}");
                (pages, spans, masked, characters) = (pages + 1, spans + explained.Count, masked + explained.Sum(s => s.Span.Length), characters + raw[i].Text.Length);
            }
        }

        output.WriteLine($"{files.Length} files, {pages} pages: {spans} masked spans, {masked} of {characters} characters replaced by tokens, every other character kept");
        Assert.True(spans >= 10 * files.Length, $"only {spans} masked spans");
    }

    private static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"(?<![0-9])[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}(?![0-9])")]
    private static partial Regex CpfShaped();
}
