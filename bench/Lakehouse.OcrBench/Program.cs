using System.Globalization;

using Lakehouse.Core.Ocr;
using Lakehouse.OcrBench;

// OCR benchmark (scripts/bench-ocr.sh): run --data DIR --work DIR --report FILE [--cores 2] [--contracts 12] [--runs 3]
// Our path (C API, pooled engines, pages in parallel on --cores) next to `tesseract PAGE out -l por+eng` run page by
// page with OMP_THREAD_LIMIT=1; CER of both against the ground truth; pages per minute.
if (args is ["gen", var folder, var count])
{
    // Debug helper: generate contracts and print each file's masked text.
    var sample = await Lakehouse.Core.Datasets.ContractGenerator.WriteAsync(folder, int.Parse(count, CultureInfo.InvariantCulture), 42);
    using var reader = new DocumentTextReader(Microsoft.Extensions.Options.Options.Create(new OcrOptions()));
    foreach (var file in sample.Contracts.SelectMany(c => c.Files))
    {
        var document = await reader.ReadAsync(Path.Combine(folder, file), file, default);
        foreach (var page in document.Pages)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"{file}.p{page.PageNumber}.{page.MethodName}.txt"), page.Text);
            await File.WriteAllTextAsync(Path.Combine(folder, $"{file}.p{page.PageNumber}.masked.txt"), Lakehouse.Core.Masking.DocumentScrubber.Default.Scrub(page.Text, page.Method == PageTextMethod.Ocr));
        }
    }

    return 0;
}

var settings = args.Skip(1).Chunk(2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
var data = settings["data"];
var work = settings["work"];
var cores = int.Parse(settings.GetValueOrDefault("cores", "2"), CultureInfo.InvariantCulture);
var contracts = int.Parse(settings.GetValueOrDefault("contracts", "12"), CultureInfo.InvariantCulture);
var runs = int.Parse(settings.GetValueOrDefault("runs", "3"), CultureInfo.InvariantCulture);
Directory.CreateDirectory(work);

var sets = new List<List<BenchPage>> { PageSets.Real(data), await PageSets.GeneratedAsync(Path.Combine(work, "contracts"), contracts, 7) };
var rows = new List<string>();
foreach (var pages in sets.Where(s => s.Count > 0))
{
    // Alternate the two sides, then take each side's median run.
    var oursRuns = new List<(double Seconds, double Warmup)>();
    var cliRuns = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        oursRuns.Add(await Measure.OursAsync(pages, cores));
        cliRuns.Add(await Measure.CliAsync(pages, Path.Combine(work, "cli")));
    }

    var ours = oursRuns.OrderBy(r => r.Seconds).ElementAt(runs / 2);
    var cli = cliRuns.Order().ElementAt(runs / 2);
    rows.Add(Report.Row(pages, ours, cli, cores, runs) + string.Create(CultureInfo.InvariantCulture,
        $" {string.Join(" / ", oursRuns.Select(r => $"{r.Seconds:0.0}"))} vs {string.Join(" / ", cliRuns.Select(r => $"{r:0.0}"))} |"));
    Console.WriteLine(rows[^1]);
    foreach (var page in pages)
    {
        Console.WriteLine($"  {Path.GetFileName(page.Image)}: CER ours {CharacterErrorRate.Compute(page.Ours, page.Truth):P2}, cli {CharacterErrorRate.Compute(page.Cli, page.Truth):P2}");
    }
}

if (settings.TryGetValue("report", out var report))
{
    Report.Write(report, rows, sets.SelectMany(s => s).ToList(), cores);
}

return 0;
