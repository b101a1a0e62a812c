using Lakehouse.Core.Ocr.Native;

namespace Lakehouse.Core.Ocr;

/// <summary>
/// Pages of an image file (PNG, JPEG, single- or multi-page TIFF): each page's size is checked from its header before
/// it is decoded, then pages are decoded and recognised in parallel, one at a time per worker.
/// </summary>
internal sealed class ImagePages(PageRecognizer recognizer, OcrOptions options)
{
    public async Task<IReadOnlyList<PageText>> ReadAsync(string path, DocumentKind kind, string name, CancellationToken cancellationToken)
    {
        var count = kind == DocumentKind.Tiff ? TiffPageCount(path, name) : 1;
        if (count > options.MaxPages)
        {
            throw new DocumentRejectedException(name, DocumentRejection.TooLarge, $"{count} pages (limit {options.MaxPages})");
        }

        for (var page = 0; page < count; page++)
        {
            CheckSize(path, kind, page, name);
        }

        var pages = new PageText[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (page, ct) =>
        {
            using var pix = PixHandle.Wrap(kind == DocumentKind.Tiff ? LeptonicaNative.ReadTiff(path, page) : LeptonicaNative.Read(path))
                ?? throw new DocumentRejectedException(name, DocumentRejection.Corrupt, $"page {page + 1} cannot be decoded as {kind}");
            pages[page] = await recognizer.RecognizeAsync(pix, page + 1, 0, ct);
        });
        return pages;
    }

    private static int TiffPageCount(string path, string name)
    {
        var file = LeptonicaNative.FOpenReadStream(path);
        if (file == 0)
        {
            throw new DocumentRejectedException(name, DocumentRejection.Corrupt, "the TIFF cannot be opened");
        }

        try
        {
            return LeptonicaNative.TiffGetCount(file, out var count) == 0 && count > 0
                ? count
                : throw new DocumentRejectedException(name, DocumentRejection.Corrupt, "no TIFF pages found");
        }
        finally
        {
            _ = LeptonicaNative.FClose(file);
        }
    }

    private void CheckSize(string path, DocumentKind kind, int page, string name)
    {
        int width, height;
        var status = kind == DocumentKind.Tiff
            ? LeptonicaNative.ReadHeaderTiff(path, page, out width, out height, out _, out _, out _, out _, out _)
            : LeptonicaNative.ReadHeader(path, out _, out width, out height, out _, out _, out _);
        if (status != 0 || width <= 0 || height <= 0)
        {
            throw new DocumentRejectedException(name, DocumentRejection.Corrupt, $"page {page + 1}: the {kind} header cannot be read");
        }

        if ((long)width * height > options.MaxPagePixels)
        {
            throw new DocumentRejectedException(name, DocumentRejection.TooLarge,
                $"page {page + 1} is {width} x {height} pixels, above the limit of {options.MaxPagePixels:N0} (Lakehouse:Ocr:MaxPagePixels)");
        }
    }
}
