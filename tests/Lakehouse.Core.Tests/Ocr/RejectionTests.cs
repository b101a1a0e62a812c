using Lakehouse.Core.Datasets;
using Lakehouse.Core.Ocr;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Ocr;

[Collection(MemoryMeasured.Name)]
public sealed class RejectionTests : IDisposable
{
    private readonly TempDirectory _temp = new("ocr-bad");

    [RequiresOcrFact]
    public async Task ReadAsync_ZeroByteImage_RejectedAsEmpty()
    {
        var path = _temp.Combine("vazio.png");
        await File.WriteAllBytesAsync(path, []);

        var e = await RejectedAsync(path, "bronze/docs/vazio.png");

        Assert.Equal(DocumentRejection.Empty, e.Reason);
        Assert.StartsWith("bronze/docs/vazio.png: empty file", e.Message, StringComparison.Ordinal);
    }

    [RequiresOcrFact]
    public async Task ReadAsync_UnsupportedFormat_Rejected()
    {
        var path = _temp.Combine("planilha.png");
        await File.WriteAllTextAsync(path, "nome;cpf\nfulano;123\n");

        var e = await RejectedAsync(path, "planilha.png");

        Assert.Equal(DocumentRejection.Unsupported, e.Reason);
        Assert.DoesNotContain("fulano", e.Message, StringComparison.Ordinal);
    }

    [RequiresOcrFact]
    public async Task ReadAsync_CorruptPdfAndImage_RejectedAsCorrupt()
    {
        var pdf = _temp.Combine("quebrado.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without xref or trailer");
        var jpeg = _temp.Combine("quebrado.jpg");
        await File.WriteAllBytesAsync(jpeg, [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5]);

        Assert.Equal(DocumentRejection.Corrupt, (await RejectedAsync(pdf, "quebrado.pdf")).Reason);
        Assert.Equal(DocumentRejection.Corrupt, (await RejectedAsync(jpeg, "quebrado.jpg")).Reason);
    }

    [RequiresOcrFact]
    public async Task ReadAsync_PasswordProtectedPdf_RejectedAsEncrypted()
    {
        var plain = _temp.Combine("plain.pdf");
        SimplePdfWriter.WriteText(plain, [["Contrato sigiloso com texto suficiente para a camada."]]);
        var locked = _temp.Combine("locked.pdf");
        await TestTools.RunAsync("qpdf", "--encrypt", "segredo-usuario", "segredo-dono", "256", "--", plain, locked);

        var e = await RejectedAsync(locked, "locked.pdf");

        Assert.Equal(DocumentRejection.Encrypted, e.Reason);
        Assert.Contains("locked.pdf: encrypted PDF", e.Message, StringComparison.Ordinal);
    }

    [RequiresOcrFact]
    public async Task ReadAsync_TwentyThousandSquareImage_RefusedBeforeDecoding()
    {
        var path = _temp.Combine("enorme.png");
        await File.WriteAllBytesAsync(path, TestImages.BlankPng(20_000, 20_000));
        var before = Environment.WorkingSet;

        var e = await RejectedAsync(path, "enorme.png");

        Assert.Equal(DocumentRejection.TooLarge, e.Reason);
        Assert.Contains("enorme.png", e.Message, StringComparison.Ordinal);
        Assert.Contains("20000 x 20000", e.Message, StringComparison.Ordinal);
        Assert.InRange(Environment.WorkingSet - before, long.MinValue, 200L * 1024 * 1024);
    }

    public void Dispose() => _temp.Dispose();

    private static async Task<DocumentRejectedException> RejectedAsync(string path, string name) =>
        await Assert.ThrowsAsync<DocumentRejectedException>(() => OcrReaders.Shared.ReadAsync(path, name, CancellationToken.None));
}
