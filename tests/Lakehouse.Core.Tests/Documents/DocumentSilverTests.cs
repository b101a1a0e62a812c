using Lakehouse.Core.Documents;
using Lakehouse.Core.Validation;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Documents;

public sealed class DocumentSilverTests : IDisposable
{
    private readonly TempDirectory _temp = new("docs-silver");

    [Fact]
    public async Task WriteAsync_Pages_DuckDbReadsThemAndWeReadThemBack()
    {
        var path = _temp.Combine("pages.parquet");
        MaskedPage[] pages = [new(1, "Locador: [NOME], CPF [CPF].\nAção e posse.", 100, "text-layer"), new(2, "página lida por OCR", 71, "ocr")];
        var metadata = new Dictionary<string, string> { ["lakehouse.schema_id"] = DocumentDataset.SchemaId, [DocumentSilver.KindMetadataKey] = "pdf" };

        await using (var file = File.Create(path))
        {
            await DocumentSilver.WriteAsync(file, new string('a', 64), pages, metadata, default);
        }

        var rows = await DuckDb.QueryAsync($"SELECT document_id, page_number, page_text, confidence, method FROM read_parquet({DuckDb.Literal(path)}) ORDER BY page_number");
        var meta = await DuckDb.QueryAsync($"SELECT DISTINCT f.created_by, m.compression FROM parquet_file_metadata({DuckDb.Literal(path)}) f, parquet_metadata({DuckDb.Literal(path)}) m");
        await using var stream = File.OpenRead(path);
        var back = await DocumentSilver.ReadAsync(stream, default);

        Assert.Equal($"{new string('a', 64)}|1|{pages[0].Text}|100|text-layer", string.Join('|', rows.Rows[0]));
        Assert.Equal($"{new string('a', 64)}|2|{pages[1].Text}|71|ocr", string.Join('|', rows.Rows[1]));
        var row = Assert.Single(meta.Rows);
        Assert.StartsWith("Parquet.Net", row[0], StringComparison.Ordinal);
        Assert.Equal("SNAPPY", row[1]);
        Assert.Equal(new MaskedDocument(DocumentDataset.SchemaId, "pdf", pages).Pages, back.Pages);
        Assert.Equal((DocumentDataset.SchemaId, "pdf"), (back.SchemaId, back.Kind));
    }

    [Fact]
    public void Evaluate_BlankAndWeakPages_WarningsOnlyNoTextAtAllIsCritical()
    {
        MaskedPage[] pages = [new(1, "Contrato", 100, "text-layer"), new(2, " \n . ", 0, "ocr"), new(3, "texto fraco", 40, "ocr"), new(4, "texto bom", 90, "ocr")];

        var mixed = DocumentValidator.Evaluate(new MaskedDocument(DocumentDataset.SchemaId, "pdf", pages), 75).ToList();
        var blank = DocumentValidator.Evaluate(new MaskedDocument(DocumentDataset.SchemaId, "png", [pages[1]]), 75).ToList();
        var empty = DocumentValidator.Evaluate(new MaskedDocument(DocumentDataset.SchemaId, "pdf", []), 75).ToList();
        var foreign = DocumentValidator.Evaluate(new MaskedDocument("olist.orders/v1", "pdf", pages), 75).ToList();

        Assert.Equal([(DocumentValidator.PageTextExpectation, FindingSeverity.Warning, 1L, 2L), (DocumentValidator.PageConfidenceExpectation, FindingSeverity.Warning, 1L, 3L)],
            mixed.Select(f => (f.Expectation, f.Severity, f.FailedRows, f.SampleRows.Single())));
        Assert.Contains("lowest 40", mixed[1].Message, StringComparison.Ordinal);
        Assert.Equal((DocumentValidator.HasTextExpectation, FindingSeverity.Critical), (Assert.Single(blank).Expectation, blank[0].Severity));
        Assert.Equal(DocumentValidator.HasTextExpectation, Assert.Single(empty).Expectation);
        Assert.Equal((DocumentValidator.SchemaExpectation, FindingSeverity.Critical), (Assert.Single(foreign).Expectation, foreign[0].Severity));
    }

    [Fact]
    public void Results_ReadableAndUnreadable_EveryEvaluatedExpectationMetOrFailed()
    {
        MaskedPage[] pages = [new(1, "Contrato", 100, "text-layer"), new(2, " ", 0, "ocr"), new(3, "texto fraco", 40, "ocr")];
        var document = new MaskedDocument(DocumentDataset.SchemaId, "pdf", pages);
        var unreadable = new Finding(DocumentTransformer.ReadableExpectation, null, FindingSeverity.Critical, 0, [], "docs/x.pdf: encrypted PDF");

        var readable = DocumentValidator.Results(document, [.. DocumentValidator.Evaluate(document, 75)], 75);
        var locked = DocumentValidator.Results(new MaskedDocument(DocumentDataset.SchemaId, "pdf", []), [unreadable], 75);

        Assert.Equal(
            [(DocumentTransformer.ReadableExpectation, true), (DocumentValidator.SchemaExpectation, true), (DocumentValidator.HasTextExpectation, true),
             (DocumentValidator.PageTextExpectation, false), (DocumentValidator.PageConfidenceExpectation, false)],
            readable.Select(r => (r.Expectation, r.Passed)));
        Assert.Equal(("2 of 3 page(s) with text", "lowest OCR page confidence 40", "at least 75 on every OCR page"), (readable[3].Observed, readable[4].Observed, readable[4].Expected));
        var only = Assert.Single(locked);
        Assert.Equal((DocumentTransformer.ReadableExpectation, false, "not readable", "docs/x.pdf: encrypted PDF"), (only.Expectation, only.Passed, only.Observed, only.Message));
    }

    public void Dispose() => _temp.Dispose();
}
