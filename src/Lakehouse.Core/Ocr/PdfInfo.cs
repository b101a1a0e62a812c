using System.Globalization;
using System.Text.RegularExpressions;

namespace Lakehouse.Core.Ocr;

/// <summary>A PDF's page count and page sizes from <c>pdfinfo</c>; a PDF that cannot be opened is rejected.</summary>
internal sealed partial record PdfInfo(int Pages, IReadOnlyDictionary<int, (double Width, double Height)> PageSizes)
{
    /// <summary>Runs <c>pdfinfo -f 1 -l N</c>; maps a password prompt to <see cref="DocumentRejection.Encrypted"/> and other failures to <see cref="DocumentRejection.Corrupt"/>.</summary>
    public static async Task<PdfInfo> ReadAsync(string path, string name, int maxPages, CancellationToken cancellationToken)
    {
        var output = "";
        var (exit, error) = await PopplerTool.RunAsync(
            "pdfinfo", ["-f", "1", "-l", (maxPages + 1).ToString(CultureInfo.InvariantCulture), path],
            async reader => output = await reader.ReadToEndAsync(cancellationToken), cancellationToken);
        if (exit != 0)
        {
            throw error.Contains("password", StringComparison.OrdinalIgnoreCase)
                ? new DocumentRejectedException(name, DocumentRejection.Encrypted, "it needs a password to open")
                : new DocumentRejectedException(name, DocumentRejection.Corrupt, $"pdfinfo cannot read it (exit {exit}: {FirstLine(error, path)})");
        }

        var pages = PagesLine().Match(output);
        if (!pages.Success || !int.TryParse(pages.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            throw new DocumentRejectedException(name, DocumentRejection.Corrupt, "pdfinfo found no pages");
        }

        var sizes = new Dictionary<int, (double, double)>();
        foreach (Match m in SizeLine().Matches(output))
        {
            sizes[int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)] =
                (double.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture), double.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture));
        }

        return new PdfInfo(count, sizes);
    }

    /// <summary>Page size in points (1/72 inch); US Letter when pdfinfo did not list the page.</summary>
    public (double Width, double Height) SizeOf(int page) => PageSizes.TryGetValue(page, out var size) ? size : (612, 792);

    /// <summary>
    /// The first line of poppler's message (syntax problems and offsets, never content), with the local file path
    /// (which may carry a person's name) replaced.
    /// </summary>
    internal static string FirstLine(string text, string path)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOf('\n');
        return (end < 0 ? line : line[..end]).Trim().ToString().Replace(path, "<file>", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page\s+(\d+)\s+size:\s+([0-9.]+)\s+x\s+([0-9.]+)\s+pts", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SizeLine();
}
