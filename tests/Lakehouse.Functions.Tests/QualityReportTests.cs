using System.IO.Compression;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Validation;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The run's HTML quality report, written by the pipeline itself and rendered in Debian's Chromium: it shows what the
/// run did and what failed, references nothing outside itself and holds no personal value.
/// </summary>
public sealed class QualityReportTests
{
    private static readonly string[] RealFiles =
    [
        "olist_orders_dataset", "olist_products_dataset", "olist_sellers_dataset", "olist_customers_dataset",
        "olist_geolocation_dataset", "product_category_name_translation", "olist_order_payments_dataset",
    ];

    [RequiresOlistDataFact(Chromium = true)]
    public async Task Ingest_RealSubsetWithANegativePriceAndPlantedReviews_ReportShowsCountsRuleAndWarningsAndNoPersonalData()
    {
        using var folder = new TempDirectory("report-input");
        var items = NegativeFirstPrice(RepoPaths.OlistFile("olist_order_items_dataset")!, folder.Combine("olist_order_items_dataset.csv"));
        var generated = OlistGenerator.Write(folder.Combine("generated"), 0.01);
        var reviews = generated.Paths.Single(p => Path.GetFileName(p).StartsWith("olist_order_reviews", StringComparison.Ordinal));
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "report");

        var result = await harness.IngestAsync(await harness.UploadAsync([.. RealFiles.Select(n => RepoPaths.OlistFile(n)!), items, reviews]));

        Assert.NotNull(result.ReportKey);
        var runPage = Path.Combine(harness.Lake.Root, harness.Lake.GoldBucket, result.ReportKey!);
        var reportFolder = Path.GetDirectoryName(Path.GetDirectoryName(runPage))!;
        var itemsObject = result.Objects.Single(o => o.Dataset == "order_items");
        await using var browser = await HeadlessBrowser.LaunchAsync();
        var run = await browser.OpenAsync(runPage);
        var itemsPage = await browser.OpenAsync(Path.Combine(Path.GetDirectoryName(runPage)!, "objects", $"{itemsObject.ObjectId}.html"));

        Assert.Contains("8,365", await run.TextsAsync("td"));
        Assert.Contains("referential_integrity", await run.TextAsync(), StringComparison.Ordinal);
        Assert.Contains(await itemsPage.TextsAsync("td"), cell => cell == "range");
        Assert.Contains("met", await itemsPage.TextsAsync("td"));
        Assert.Empty(await run.AccessibilityProblemsAsync());
        Assert.Empty(await itemsPage.AccessibilityProblemsAsync());
        Assert.All(run.Requests.Concat(itemsPage.Requests), r => Assert.StartsWith(new Uri(reportFolder).AbsoluteUri, r, StringComparison.Ordinal));
        Assert.All((await run.ReferencesAsync()).Concat(await itemsPage.ReferencesAsync()), r => Assert.DoesNotContain("://", r, StringComparison.Ordinal));
        var html = string.Concat(Directory.EnumerateFiles(reportFolder, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.True(generated.Planted.Count >= 20, $"only {generated.Planted.Count} planted values");
        Assert.DoesNotContain(generated.Planted, html.Contains);
        await run.ScreenshotAsync(TestArtifacts.PathFor("quality-report-run.png"));
        await itemsPage.ScreenshotAsync(TestArtifacts.PathFor("quality-report-order-items.png"));
    }

    [RequiresChromiumFact]
    public async Task Validate_RowCountDropsAgainstHistory_RaisesTheAnomalyAndTheReportChartsIt()
    {
        using var folder = new TempDirectory("anomaly-input");
        var customers = OlistGenerator.Write(folder.Combine("full"), 0.01).Paths.Single(p => Path.GetFileName(p).StartsWith("olist_customers", StringComparison.Ordinal));
        var fewer = Directory.CreateDirectory(folder.Combine("fewer")).FullName;
        var lines = File.ReadAllLines(customers);
        File.WriteAllLines(Path.Combine(fewer, Path.GetFileName(customers)), lines.Take(1 + ((lines.Length - 1) / 10)));
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "anomaly");

        var first = await harness.IngestAsync(await harness.UploadAsync(new DateOnly(2026, 11, 1), customers));
        var second = await harness.IngestAsync(await harness.UploadAsync(new DateOnly(2026, 11, 2), Path.Combine(fewer, Path.GetFileName(customers))));

        Assert.DoesNotContain(first.Objects.Single().Findings, f => f.Expectation == "row_count_anomaly");
        var anomaly = Assert.Single(second.Objects.Single().Findings, f => f.Expectation == "row_count_anomaly");
        Assert.Equal(FindingSeverity.Warning, anomaly.Severity);
        Assert.Equal(ObjectStatus.Loaded, second.Objects.Single().Status);
        var page = Path.Combine(harness.Lake.Root, harness.Lake.GoldBucket, "reports", second.RunId, "objects", $"{second.Objects.Single().ObjectId}.html");
        await using var browser = await HeadlessBrowser.LaunchAsync();
        var rendered = await browser.OpenAsync(page);
        Assert.Contains("row_count", await rendered.TextsAsync("figcaption"));
        Assert.Contains(await rendered.TextsAsync("td"), cell => cell.StartsWith("row_count_anomaly", StringComparison.Ordinal));
        Assert.Empty(await rendered.AccessibilityProblemsAsync());
        await rendered.ScreenshotAsync(TestArtifacts.PathFor("quality-report-anomaly.png"));
    }

    /// <summary>A copy of the items CSV whose first item has a negative price (rule <c>range</c> quarantines that row).</summary>
    private static string NegativeFirstPrice(string gzipped, string target)
    {
        using var input = new StreamReader(new GZipStream(File.OpenRead(gzipped), CompressionMode.Decompress));
        using var output = new StreamWriter(target);
        output.WriteLine(input.ReadLine());
        var fields = input.ReadLine()!.Split(',');
        fields[5] = "-" + fields[5];
        output.WriteLine(string.Join(',', fields));
        output.Write(input.ReadToEnd());
        return target;
    }
}
