using Lakehouse.Core.Documents;

namespace Lakehouse.Core.Tests.Documents;

public class DocumentDatasetTests
{
    [Theory]
    [InlineData("docs/ingest_date=2026-11-22/contrato.pdf", null, true)]
    [InlineData("docs/ingest_date=2026-11-22/notas.csv", null, true)]
    [InlineData("manual/unrecognized/ingest_date=2026-11-22/SCAN.TIFF", null, true)]
    [InlineData("inbox/ingest_date=2026-11-22/foto.jpeg", null, true)]
    [InlineData("inbox/ingest_date=2026-11-22/planilha.csv", null, false)]
    [InlineData("olist/orders/ingest_date=2026-11-22/olist_orders_dataset.csv", null, false)]
    [InlineData("docs/olist_orders_dataset.csv", null, false)]
    [InlineData("qualquer/coisa.bin", "documents", true)]
    [InlineData("docs/contrato.pdf", "orders", false)]
    public void Matches_KeyAndDataset_RecognisesDocuments(string key, string? dataset, bool expected) =>
        Assert.Equal(expected, DocumentDataset.Matches(key, dataset));
}
