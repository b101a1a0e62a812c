namespace Lakehouse.Core.Ocr;

/// <summary>Finds the tessdata folder: configured, <c>TESSDATA_PREFIX</c>, or the system's.</summary>
internal static class TessdataLocator
{
    private static readonly string[] SystemFolders =
    [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
        "/opt/homebrew/share/tessdata",
    ];

    /// <summary>The folder holding every language of <paramref name="languages"/>; throws <see cref="OcrException"/> when none does.</summary>
    public static string Find(string? configured, string languages)
    {
        var wanted = languages.Split('+', StringSplitOptions.RemoveEmptyEntries);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasAll(configured, wanted)
                ? configured
                : throw new OcrException($"Lakehouse:Ocr:TessdataPath {configured} lacks {languages} traineddata files.");
        }

        var prefix = Environment.GetEnvironmentVariable("TESSDATA_PREFIX");
        IEnumerable<string> candidates = string.IsNullOrEmpty(prefix) ? SystemFolders : [prefix, Path.Combine(prefix, "tessdata"), .. SystemFolders];
        return candidates.FirstOrDefault(c => HasAll(c, wanted))
            ?? throw new OcrException($"No tessdata folder with {languages} found (install tesseract-ocr tesseract-ocr-por, or set Lakehouse__Ocr__TessdataPath).");
    }

    private static bool HasAll(string folder, string[] languages) =>
        languages.All(l => File.Exists(Path.Combine(folder, $"{l}.traineddata")));
}
