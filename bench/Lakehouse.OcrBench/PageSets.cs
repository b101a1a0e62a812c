using Lakehouse.Core.Datasets;

namespace Lakehouse.OcrBench;

/// <summary>The pages measured: the real scans in ../shared/data/ocr and JPEG pages of generated contract scans.</summary>
internal static class PageSets
{
    public static List<BenchPage> Real(string folder)
    {
        var pages = new List<BenchPage>();
        foreach (var image in Directory.GetFiles(folder).Where(f => f.EndsWith(".tif", StringComparison.Ordinal) || f.EndsWith(".jpg", StringComparison.Ordinal) || f.EndsWith(".jpeg", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var stem = Path.Combine(folder, Path.GetFileNameWithoutExtension(image));
            var truth = File.Exists(stem + ".gt.txt") ? stem + ".gt.txt" : stem + ".txt";
            if (File.Exists(truth))
            {
                pages.Add(new BenchPage("real", image, File.ReadAllText(truth)));
            }
        }

        return pages;
    }

    /// <summary>
    /// Generates <paramref name="count"/> contracts and keeps the JPEG-page and multi-page TIFF scans, each with its
    /// pages' text as truth (the image-only PDFs are left out: the CLI does not read PDFs).
    /// </summary>
    public static async Task<List<BenchPage>> GeneratedAsync(string folder, int count, int seed)
    {
        var sample = await ContractGenerator.WriteAsync(folder, count, seed);
        var pages = new List<BenchPage>();
        for (var i = 0; i < sample.Contracts.Count; i++)
        {
            var jpegs = sample.Contracts[i].Files.Where(f => f.EndsWith(".jpg", StringComparison.Ordinal)).ToList();
            var (_, text, _) = ContractGenerator.Compose(i + 1, seed);
            for (var p = 0; p < jpegs.Count; p++)
            {
                pages.Add(new BenchPage("generated", Path.Combine(folder, jpegs[p]), string.Join('\n', text[p])));
            }

            foreach (var tiff in sample.Contracts[i].Files.Where(f => f.EndsWith(".tif", StringComparison.Ordinal)))
            {
                pages.Add(new BenchPage("generated", Path.Combine(folder, tiff), string.Join('\n', text.SelectMany(p => p)), text.Count));
            }
        }

        return pages;
    }
}
