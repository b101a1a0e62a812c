using System.Diagnostics;

using Lakehouse.Core.Ocr;

using Microsoft.Extensions.Options;

namespace Lakehouse.OcrBench;

/// <summary>Wall-clock seconds of each side over the same pages.</summary>
internal static class Measure
{
    /// <summary>Our reader with <paramref name="cores"/> engines, warmed up first (engine creation timed apart), pages in parallel.</summary>
    public static async Task<(double Seconds, double WarmupSeconds)> OursAsync(List<BenchPage> pages, int cores)
    {
        using var reader = new DocumentTextReader(Options.Create(new OcrOptions { MaxDegreeOfParallelism = cores }));
        var warm = Stopwatch.StartNew();
        await Parallel.ForEachAsync(pages.Take(cores), async (p, ct) => await reader.ReadAsync(p.Image, "warm-up", ct));
        var warmup = warm.Elapsed.TotalSeconds;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = cores }, async (p, ct) =>
            p.Ours = string.Join('\n', (await reader.ReadAsync(p.Image, Path.GetFileName(p.Image), ct)).Pages.Select(x => x.Text)));
        return (clock.Elapsed.TotalSeconds, warmup);
    }

    /// <summary><c>tesseract IMAGE OUT -l por+eng</c> page after page, <c>OMP_THREAD_LIMIT=1</c>.</summary>
    public static async Task<double> CliAsync(List<BenchPage> pages, string folder)
    {
        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            var output = Path.Combine(folder, Path.GetFileNameWithoutExtension(page.Image));
            var start = new ProcessStartInfo("tesseract") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { page.Image, output, "-l", "por+eng" })
            {
                start.ArgumentList.Add(a);
            }

            start.Environment["OMP_THREAD_LIMIT"] = "1";
            using var process = Process.Start(start)!;
            await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            page.Cli = await File.ReadAllTextAsync(output + ".txt");
        }

        return clock.Elapsed.TotalSeconds;
    }
}
