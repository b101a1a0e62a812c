using System.Globalization;
using System.Text;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// Writes small, deterministic PDFs: pages of text lines in the standard Helvetica font with WinAnsiEncoding (so
/// accented Portuguese survives <c>pdftotext</c>), or pages that are one JPEG image each (a scan without a text layer).
/// A4, no dates or ids, so the same input gives the same bytes.
/// </summary>
public static class SimplePdfWriter
{
    /// <summary>A4 width in points.</summary>
    public const double PageWidth = 595;

    /// <summary>A4 height in points.</summary>
    public const double PageHeight = 842;

    /// <summary>Writes one page per element of <paramref name="pages"/>, each a list of lines, at <paramref name="fontSize"/> points.</summary>
    public static void WriteText(string path, IReadOnlyList<IReadOnlyList<string>> pages, double fontSize = 11)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var leading = fontSize * 1.3;
        var contents = pages.Select(lines =>
        {
            var s = new StringBuilder();
            s.Append(Invariant($"BT /F1 {fontSize} Tf {leading:0.##} TL 64 {PageHeight - 64:0.##} Td\n"));
            foreach (var line in lines)
            {
                s.Append('(').Append(Escape(line)).Append(") '\n");
            }

            return Latin(s.Append("ET\n").ToString());
        }).ToList();
        Write(path, contents.Select(c => (c, (byte[]?)null, 0, 0, 0)).ToList());
    }

    /// <summary>Writes one page per JPEG file, each scaled to fill the page.</summary>
    public static void WriteImages(string path, IReadOnlyList<string> jpegFiles)
    {
        ArgumentNullException.ThrowIfNull(jpegFiles);
        var pages = jpegFiles.Select(f =>
        {
            var bytes = File.ReadAllBytes(f);
            var (w, h, components) = JpegSize(bytes);
            var content = Latin(Invariant($"q {PageWidth} 0 0 {PageHeight} 0 0 cm /Im1 Do Q\n"));
            return (content, (byte[]?)bytes, w, h, components);
        }).ToList();
        Write(path, pages);
    }

    private static void Write(string path, List<(byte[] Content, byte[]? Jpeg, int Width, int Height, int Components)> pages)
    {
        // Objects: 1 catalog, 2 page tree, 3 font, then per page: page, content stream, optional image.
        var objects = new List<byte[]> { Latin("<< /Type /Catalog /Pages 2 0 R >>"), Array.Empty<byte>(), Latin("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>") };
        var kids = new List<int>();
        foreach (var (content, jpeg, width, height, components) in pages)
        {
            var pageId = objects.Count + 1;
            kids.Add(pageId);
            var image = jpeg is null ? "" : Invariant($" /XObject << /Im1 {pageId + 2} 0 R >>");
            objects.Add(Latin(Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 3 0 R >>{image} >> /Contents {pageId + 1} 0 R >>")));
            objects.Add(Stream("", content));
            if (jpeg is not null)
            {
                objects.Add(Stream(Invariant($"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /{(components == 1 ? "DeviceGray" : components == 4 ? "DeviceCMYK" : "DeviceRGB")} /BitsPerComponent 8 /Filter /DCTDecode "), jpeg));
            }
        }

        objects[1] = Latin(Invariant($"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => Invariant($"{k} 0 R")))}] /Count {kids.Count} >>"));
        using var file = File.Create(path);
        var offsets = new List<long>();
        file.Write(Latin("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(file.Position);
            file.Write(Latin(Invariant($"{i + 1} 0 obj\n")));
            file.Write(objects[i]);
            file.Write(Latin("\nendobj\n"));
        }

        var xref = file.Position;
        var table = new StringBuilder(Invariant($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            table.Append(Invariant($"{offset:D10} 00000 n \n"));
        }

        table.Append(Invariant($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        file.Write(Latin(table.ToString()));
    }

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Latin(Invariant($"<< {dictionary}/Length {data.Length} >>\nstream\n")), .. data, .. Latin("\nendstream")];

    /// <summary>Width, height and colour components from the JPEG's start-of-frame marker.</summary>
    private static (int Width, int Height, int Components) JpegSize(byte[] jpeg)
    {
        for (var i = 2; i + 9 < jpeg.Length;)
        {
            if (jpeg[i] != 0xFF)
            {
                break;
            }

            var marker = jpeg[i + 1];
            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (marker is >= 0xC0 and <= 0xC3)
            {
                return ((jpeg[i + 7] << 8) | jpeg[i + 8], (jpeg[i + 5] << 8) | jpeg[i + 6], jpeg[i + 9]);
            }

            i += 2 + length;
        }

        throw new InvalidDataException("No JPEG start-of-frame marker found.");
    }

    /// <summary>PDF string escapes; characters outside WinAnsi become '?'.</summary>
    private static string Escape(string line)
    {
        var s = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            s.Append(c switch
            {
                '(' or ')' or '\\' => "\\" + c,
                '–' => "\u0096",
                '—' => "\u0097",
                '“' => "\u0093",
                '”' => "\u0094",
                '’' => "\u0092",
                _ when c <= '\u00ff' => c.ToString(),
                _ => "?",
            });
        }

        return s.ToString();
    }

    private static byte[] Latin(string text) => Encoding.Latin1.GetBytes(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
