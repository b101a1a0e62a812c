using System.Net;
using System.Text.Json;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Documents;
using Lakehouse.Core.Storage;
using Lakehouse.Functions.Triggers;
using Lakehouse.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Functions.Tests;

/// <summary>Text-layer PDFs through register → transform → validate → load, the search over them and re-loads.</summary>
public sealed class DocumentPipelineTests : IDisposable
{
    private const string Fingerprint = """
        SELECT coalesce(string_agg(d.document_key || ':' || d.bronze_key || ':' || d.pages || ':' || p.page_number || ':' || md5(p.page_text) || ':' || p.page_tsv::text, ',' ORDER BY d.bronze_key, p.page_number), '')
        FROM dw.dim_document d JOIN dw.fact_document_page p USING (document_key)
        """;

    private readonly TempDirectory _temp = new("docs-pipeline");

    [RequiresOcrFact]
    public async Task Ingest_TextPdf_LoadsItsPagesSearchableWithoutAccents()
    {
        var pdf = _temp.Combine("contrato-locacao.pdf");
        SimplePdfWriter.WriteText(pdf, [
            ["CONTRATO DE LOCAÇÃO RESIDENCIAL", "Cláusula primeira – do imóvel situado na rua das Acácias, locação por prazo de trinta meses."],
            ["Cláusula segunda – das obrigações do locatário e da vistoria do imóvel ao fim da locação."]]);
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "docs_text");
        var refs = await harness.UploadDocumentsAsync(pdf);

        var result = await harness.IngestAsync(refs);

        PipelineHarness.AssertAllLoaded(result);
        var loaded = Assert.Single(result.Objects);
        Assert.Equal((DocumentDataset.Name, 2L, 2L), (loaded.Dataset, loaded.RowsRead, loaded.RowsLoaded));
        Assert.Equal(
            $"pdf 2 0 {refs[0].Key} true",
            await harness.ScalarAsync<string>("SELECT d.document_type || ' ' || d.pages || ' ' || d.ocr_pages || ' ' || d.bronze_key || ' ' || (d.sha256 = o.sha256) FROM dw.dim_document d JOIN lakehouse.objects o ON o.object_id = d.source_object_id"));
        Assert.Equal("1:text-layer:100,2:text-layer:100", await harness.ScalarAsync<string>("SELECT string_agg(page_number || ':' || method || ':' || confidence, ',' ORDER BY page_number) FROM dw.fact_document_page"));
        var search = harness.Services.GetRequiredService<DocumentSearch>();
        var hits = await search.SearchAsync("locacao acacias", 10, default);
        var hit = Assert.Single(hits);
        Assert.Equal((refs[0].Key, 1, "pdf"), (hit.ObjectKey, hit.PageNumber, hit.DocumentType));
        Assert.Contains("«Acácias»", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal([2, 1], (await search.SearchAsync("vistoria or trinta", 10, default)).Select(h => h.PageNumber).Order().Reverse());
        Assert.Empty(await search.SearchAsync("locação -imóvel", 10, default));
    }

    [RequiresOcrFact]
    public async Task Ingest_AgainForcedAndANewVersionOfTheKey_SameRowsThenTheNewVersionOnly()
    {
        var pdf = _temp.Combine("procuracao.pdf");
        SimplePdfWriter.WriteText(pdf, [["PROCURAÇÃO", "Pelo presente instrumento particular de procuração, outorga poderes para representar perante o cartório."]]);
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "docs_again");
        var refs = await harness.UploadDocumentsAsync(pdf);
        PipelineHarness.AssertAllLoaded(await harness.IngestAsync(refs));
        var before = await harness.ScalarAsync<string>(Fingerprint);

        var again = await harness.IngestAsync(refs, force: true);
        var after = await harness.ScalarAsync<string>(Fingerprint);
        SimplePdfWriter.WriteText(pdf, [["PROCURAÇÃO (segunda via)", "Revoga a anterior e outorga poderes para receber a escritura no tabelionato."]]);
        var newVersion = await harness.IngestAsync(await harness.UploadDocumentsAsync(pdf));
        var search = harness.Services.GetRequiredService<DocumentSearch>();

        PipelineHarness.AssertAllLoaded(again);
        Assert.Equal(before, after);
        Assert.NotEqual("", before);
        PipelineHarness.AssertAllLoaded(newVersion);
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT count(*) FROM dw.dim_document"));
        Assert.Empty(await search.SearchAsync("cartório", 10, default));
        Assert.Equal(refs[0].Key, Assert.Single(await search.SearchAsync("tabelionato", 10, default)).ObjectKey);
    }

    [RequiresOcrFact]
    public async Task SearchDocuments_Http_ReturnsRankedHitsAndRejectsBadParameters()
    {
        var first = _temp.Combine("a.pdf");
        var second = _temp.Combine("b.pdf");
        SimplePdfWriter.WriteText(first, [["Termo de quitação: a quitação plena, geral e irrevogável da quitação anterior."]]);
        SimplePdfWriter.WriteText(second, [["Recibo simples com uma única menção à quitação do aluguel de março."]]);
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "docs_http");
        PipelineHarness.AssertAllLoaded(await harness.IngestAsync(await harness.UploadDocumentsAsync(first, second)));
        var api = harness.Create<DocumentsApi>();

        var ok = (TestHttpResponse)await api.SearchDocuments(new TestHttpRequest("GET", "http://localhost/api/documents/search?q=quitacao&limit=5"), default);
        var missing = (TestHttpResponse)await api.SearchDocuments(new TestHttpRequest("GET", "http://localhost/api/documents/search"), default);
        var badLimit = (TestHttpResponse)await api.SearchDocuments(new TestHttpRequest("GET", "http://localhost/api/documents/search?q=x&limit=0"), default);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var json = JsonDocument.Parse(ok.ReadBody());
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(["docs/ingest_date=2026-11-22/a.pdf", "docs/ingest_date=2026-11-22/b.pdf"], hits.Select(h => h.GetProperty("objectKey").GetString()));
        Assert.True(hits[0].GetProperty("rank").GetDouble() > hits[1].GetProperty("rank").GetDouble());
        Assert.Equal(1, hits[0].GetProperty("page").GetInt32());
        Assert.Contains("«quitação»", hits[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (missing.StatusCode, badLimit.StatusCode));
    }

    public void Dispose() => _temp.Dispose();
}
