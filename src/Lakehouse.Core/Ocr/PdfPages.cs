using System.Globalization;
using System.Text;

namespace Lakehouse.Core.Ocr;

/// <summary>
/// Pages of a PDF: the text layer (<c>pdftotext -layout</c>, streamed page by page) where a page holds real text, else
/// the page rendered alone (<c>pdftoppm -r 300 -f N -l N</c>) into a temporary folder and recognised; at most
/// <see cref="OcrOptions.MaxDegreeOfParallelism"/> page images exist at any time, each deleted once decoded.
/// </summary>
internal sealed class PdfPages(PageRecognizer recognizer, OcrOptions options)
{
    /// <summary>Lowest resolution a huge page is rendered at before it is refused instead.</summary>
    private const int MinRenderDpi = 50;

    public async Task<IReadOnlyList<PageText>> ReadAsync(string path, string name, CancellationToken cancellationToken)
    {
        var info = await PdfInfo.ReadAsync(path, name, options.MaxPages, cancellationToken);
        if (info.Pages > options.MaxPages)
        {
            throw new DocumentRejectedException(name, DocumentRejection.TooLarge, $"{info.Pages} pages (limit {options.MaxPages})");
        }

        var pages = new PageText?[info.Pages];
        await ReadTextLayerAsync(path, name, pages, cancellationToken);
        var scanned = Enumerable.Range(1, info.Pages).Where(p => pages[p - 1] is null).ToList();
        if (scanned.Count > 0)
        {
            await RecognizeAsync(path, name, info, scanned, pages, cancellationToken);
        }

        return pages.Select(p => p!).ToList();
    }

    private async Task ReadTextLayerAsync(string path, string name, PageText?[] pages, CancellationToken cancellationToken)
    {
        var (exit, error) = await PopplerTool.RunAsync("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], async reader =>
        {
            var page = 0;
            var text = new StringBuilder();
            var buffer = new char[8192];
            int n;
            while ((n = await reader.ReadAsync(buffer, cancellationToken)) > 0)
            {
                foreach (var c in buffer.AsSpan(0, n))
                {
                    if (c != '\f')
                    {
                        text.Append(c);
                        continue;
                    }

                    if (page < pages.Length && HasRealText(text))
                    {
                        pages[page] = new PageText(page + 1, Tidy(text), 100, PageTextMethod.TextLayer);
                    }

                    page++;
                    text.Clear();
                }
            }
        }, cancellationToken);

        // Exit 3: the PDF forbids copying its text; its pages are rendered and recognised instead.
        if (exit is not 0 and not 3)
        {
            throw new DocumentRejectedException(name, DocumentRejection.Corrupt, $"pdftotext cannot read it (exit {exit}: {PdfInfo.FirstLine(error, path)})");
        }
    }

    private async Task RecognizeAsync(string path, string name, PdfInfo info, List<int> scanned, PageText?[] pages, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("lakehouse-ocr-").FullName;
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(scanned, parallel, async (page, ct) =>
            {
                var dpi = RenderDpi(info.SizeOf(page), name, page);
                var prefix = Path.Combine(folder, page.ToString(CultureInfo.InvariantCulture));
                string[] arguments = ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", Number(page), "-l", Number(page), "-gray", "-singlefile", path, prefix];
                var (exit, _) = await PopplerTool.RunAsync("pdftoppm", arguments, null, ct);
                var image = prefix + ".pgm";
                if (exit != 0 || !File.Exists(image))
                {
                    throw new DocumentRejectedException(name, DocumentRejection.Corrupt, $"page {page} cannot be rendered (pdftoppm exit {exit})");
                }

                using var pix = PixHandle.Wrap(Native.LeptonicaNative.Read(image))
                    ?? throw new OcrException($"Leptonica could not read the rendered page {page} of {name}.");
                File.Delete(image);
                pages[page - 1] = await recognizer.RecognizeAsync(pix, page, dpi, ct);
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The configured dpi, lowered so the rendered page stays within the pixel limit.</summary>
    private int RenderDpi((double Width, double Height) points, string name, int page)
    {
        var pixelsAtOneDpi = points.Width / 72 * (points.Height / 72);
        var fitting = (int)Math.Floor(Math.Sqrt(options.MaxPagePixels / Math.Max(pixelsAtOneDpi, 1e-6)));
        var dpi = Math.Min(options.RenderDpi, fitting);
        return dpi >= MinRenderDpi
            ? dpi
            : throw new DocumentRejectedException(name, DocumentRejection.TooLarge,
                $"page {page} measures {points.Width:0} x {points.Height:0} pt, too large to render at {MinRenderDpi} dpi within {options.MaxPagePixels} pixels");
    }

    private bool HasRealText(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsLetterOrDigit(c) && ++count >= options.MinTextLayerCharacters)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Trailing spaces off every line, trailing blank lines dropped.</summary>
    private static string Tidy(StringBuilder text)
    {
        var lines = text.ToString().Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).TrimEnd('\n');
    }

    private static string Number(int page) => page.ToString(CultureInfo.InvariantCulture);
}
