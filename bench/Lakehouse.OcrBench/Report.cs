using System.Globalization;
using System.Text;

using Lakehouse.Core.Ocr;

namespace Lakehouse.OcrBench;

/// <summary>The markdown rows and the "OCR" section of docs/benchmarks.md (other sections untouched).</summary>
internal static class Report
{
    public static string Row(List<BenchPage> pages, (double Seconds, double Warmup) ours, double cli, int cores, int runs)
    {
        var truth = pages.Sum(p => CharacterErrorRate.Normalise(p.Truth).Length);
        double Cer(Func<BenchPage, string> text) =>
            pages.Sum(p => (double)CharacterErrorRate.Distance(CharacterErrorRate.Normalise(text(p)), CharacterErrorRate.Normalise(p.Truth))) / truth;
        var (oursCer, cliCer) = (Cer(p => p.Ours), Cer(p => p.Cli));
        var count = pages.Sum(p => p.Pages);
        var (oursPpm, cliPpm) = (count * 60 / ours.Seconds, count * 60 / cli);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {pages[0].Set} | {count} pages in {pages.Count} files ({runs} runs, median) | {oursCer:P2} | {cliCer:P2} | {(cliCer == 0 ? 1 : oursCer / cliCer):0.00}x | {oursPpm:0.0} ({cores} cores; warm-up {ours.Warmup:0.0} s) | {cliPpm:0.0} | {oursPpm / cliPpm:0.00}x |");
    }

    public static void Write(string path, List<string> rows, List<BenchPage> pages, int cores)
    {
        var section = new StringBuilder()
            .AppendLine("## OCR")
            .AppendLine()
            .AppendLine("`scripts/bench-ocr.sh`: the same page images read by our path (`DocumentTextReader`: Tesseract 5 C API, `por+eng`,")
            .AppendLine(CultureInfo.InvariantCulture, $"PSM 3, one engine per worker, pages in parallel on {cores} cores, `OMP_THREAD_LIMIT=1` per engine; engines created")
            .AppendLine("once and reused; the warm-up, engine start plus one page per engine, shown apart) and by `tesseract PAGE out -l por+eng` run page after page with")
            .AppendLine("`OMP_THREAD_LIMIT=1`. CER = Levenshtein distance / ground-truth length over NFC text with whitespace runs as one")
            .AppendLine("space, pooled over the pages of a set. Real: the scans in `../shared/data/ocr` (tesseract-ocr/test, tapuscorpus);")
            .AppendLine("generated: JPEG-page and multi-page TIFF scans of `ContractGenerator` contracts (200 dpi, rotated 0.4-2°, noise, blur;")
            .AppendLine("the CLI reads a TIFF's pages in one process), truth = the contract text.")
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores; {DateTime.UtcNow:yyyy-MM-dd}.")
            .AppendLine()
            .AppendLine("| Pages | n | CER ours | CER CLI | CER ratio | Pages/min ours | Pages/min CLI | Throughput ratio | Each run, s (ours vs CLI) |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|");
        rows.ForEach(r => section.AppendLine(r));
        section.AppendLine()
            .AppendLine("Done-when of issue 13: CER ratio <= 1.05x and throughput ratio >= 1.8x. Single runs vary (the first of a")
            .AppendLine("series is usually the slowest: cold caches, JIT); the table takes each side's median, every run is listed.");
        section.AppendLine().AppendLine("Per page (CER ours / CLI):").AppendLine();
        foreach (var p in pages)
        {
            section.AppendLine(CultureInfo.InvariantCulture,
                $"- `{Path.GetFileName(p.Image)}`: {CharacterErrorRate.Compute(p.Ours, p.Truth):P2} / {CharacterErrorRate.Compute(p.Cli, p.Truth):P2}");
        }

        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        var start = text.IndexOf("\n## OCR\n", StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            text = text[..(start + 1)] + (end < 0 ? "" : text[(end + 1)..]);
        }

        File.WriteAllText(path, text.TrimEnd('\n') + "\n\n" + section);
    }
}
