using Lakehouse.Core.Ocr;

namespace Lakehouse.Core.Tests.Ocr;

public class DocumentFormatsTests
{
    [Theory]
    [InlineData("docs/contrato.PDF", true)]
    [InlineData("docs/ingest_date=2026-01-02/scan.tiff", true)]
    [InlineData("foto.jpeg", true)]
    [InlineData("olist_orders_dataset.csv", false)]
    [InlineData("contrato.pdf.gz", false)]
    public void IsDocumentName_ByExtension(string name, bool expected)
    {
        Assert.Equal(expected, DocumentFormats.IsDocumentName(name));
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, DocumentKind.Pdf)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, DocumentKind.Png)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, DocumentKind.Jpeg)]
    [InlineData(new byte[] { 0x49, 0x49, 42, 0 }, DocumentKind.Tiff)]
    [InlineData(new byte[] { 0x4D, 0x4D, 0, 42 }, DocumentKind.Tiff)]
    [InlineData(new byte[] { 0x50, 0x4B, 3, 4 }, DocumentKind.Unknown)]
    [InlineData(new byte[0], DocumentKind.Unknown)]
    public void Detect_BySignature(byte[] head, DocumentKind expected)
    {
        Assert.Equal(expected, DocumentFormats.Detect(head));
    }
}
