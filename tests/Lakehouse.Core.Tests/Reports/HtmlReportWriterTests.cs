using Lakehouse.Core.Catalog;
using Lakehouse.Core.Reports;
using Lakehouse.Core.Validation;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Reports;

/// <summary>The report's pages rendered in a real browser (Debian's Chromium): content, accessibility, self-containment.</summary>
public sealed class HtmlReportWriterTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [RequiresChromiumFact]
    public async Task RenderRun_InChromium_ShowsCountsAndFailuresAndPassesAccessibilityChecks()
    {
        using var folder = new TempDirectory("report");
        var report = Sample();
        var runPage = Write(folder, "run/index.html", HtmlReportWriter.RenderRun(report));
        Write(folder, $"run/{report.Objects[0].Page}", ObjectPageWriter.Render(report, report.Objects[0]));
        Write(folder, $"run/{report.Objects[1].Page}", ObjectPageWriter.Render(report, report.Objects[1]));
        Write(folder, "index.html", HtmlReportWriter.RenderIndex([new RunSummary("run-1", "ingest", RunStatus.Partial, Start, Start.AddSeconds(12), 2, 1, 1, 0)], Start));
        await using var browser = await HeadlessBrowser.LaunchAsync();

        var page = await browser.OpenAsync(runPage);
        var text = await page.TextAsync();

        Assert.Contains("8,365", await page.TextsAsync("td"));
        Assert.Contains("row_count_range", text, StringComparison.Ordinal);
        Assert.Contains("between 1 and 100", text, StringComparison.Ordinal);
        Assert.Empty(await page.AccessibilityProblemsAsync());
        Assert.All(page.Requests, r => Assert.StartsWith(new Uri(folder.Path).AbsoluteUri, r, StringComparison.Ordinal));
        Assert.All(await page.ReferencesAsync(), r => Assert.DoesNotContain("://", r, StringComparison.Ordinal));
        await page.ScreenshotAsync(TestArtifacts.PathFor("report-run.png"));
    }

    [RequiresChromiumFact]
    public async Task RenderObject_InChromium_ShowsQuarantineByRuleMaskingLineageAndHistoryChart()
    {
        using var folder = new TempDirectory("report");
        var report = Sample();
        var objectPage = Write(folder, $"run/{report.Objects[0].Page}", ObjectPageWriter.Render(report, report.Objects[0]));
        await using var browser = await HeadlessBrowser.LaunchAsync();

        var page = await browser.OpenAsync(objectPage);
        var text = await page.TextAsync();
        var charts = await page.TextsAsync("figcaption");

        Assert.Contains("type_decimal", text, StringComparison.Ordinal);
        Assert.Contains("3, 17", text, StringComparison.Ordinal);
        Assert.Contains("pseudonymized (HMAC-SHA256, domain order)", text, StringComparison.Ordinal);
        Assert.Contains("dw.fact_order_item", text, StringComparison.Ordinal);
        Assert.Equal(["row_count"], charts);
        Assert.Empty(await page.AccessibilityProblemsAsync());
        await page.ScreenshotAsync(TestArtifacts.PathFor("report-object.png"));
    }

    [Fact]
    public void RenderObject_TextWithMarkup_IsEncoded()
    {
        var report = Sample();
        var item = report.Objects[0] with { Error = "<script>alert(1)</script>" };

        var html = ObjectPageWriter.Render(report, item);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    private static string Write(TempDirectory folder, string relative, string html)
    {
        var path = folder.Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html);
        return path;
    }

    private static RunReport Sample()
    {
        RunStage[] stages = [new(PipelineStage.Register, StageStatus.Succeeded, null, Start, Start.AddSeconds(0.2), null), new(PipelineStage.Load, StageStatus.Succeeded, 8364, Start.AddSeconds(2), Start.AddSeconds(3), null)];
        var items = new ObjectReport(7, "olist/order_items/ingest_date=2026-12-02/olist_order_items_dataset.csv", "order_items", "olist.order_items/v1",
            ObjectStatus.Loaded, 8365, 1, 8364, null, stages,
            [
                new ExpectationResult("type_decimal", "price", FindingSeverity.Error, false, "", "", 2, [3, 17], "2 row(s) with a value that is not a decimal"),
                new ExpectationResult("referential_integrity", "product_id", FindingSeverity.Warning, false, "12 keys missing", "0 missing", 12, [], "12 product ids not in dw.dim_product"),
                new ExpectationResult("unique_key", null, FindingSeverity.Critical, true, "0 duplicates", "0", 0, [], "key is unique"),
            ],
            [new QuarantineGroup("type_decimal", "price", 2, [3, 17])],
            [new ColumnReport("order_id", "string", true, "pseudonymized (HMAC-SHA256, domain order)"), new ColumnReport("price", "decimal", true, "kept")],
            new Lineage("lake-bronze", "olist/order_items/ingest_date=2026-12-02/olist_order_items_dataset.csv", new string('a', 64), "olist/x.parquet", null, "olist/x.validation.json", ["fact_order_item", "fact_order"]),
            [new MetricHistory("row_count", null, [new(Start.AddDays(-2), "run-0", 8300), new(Start.AddDays(-1), "run-a", 8320), new(Start, "run-1", 8365)])]);
        var orders = items with
        {
            ObjectId = 8, Key = "olist/orders/ingest_date=2026-12-02/olist_orders_dataset.csv", Dataset = "orders", Status = ObjectStatus.Rejected,
            Error = "critical expectation(s) failed: row_count_range", History = [],
            Expectations = [new ExpectationResult("row_count_range", null, FindingSeverity.Critical, false, "0 rows", "between 1 and 100", 0, [], "0 rows, expected between 1 and 100")],
        };
        return new RunReport("run-1", "ingest", RunStatus.Partial, Start, Start.AddSeconds(12), [items, orders], Start.AddSeconds(13));
    }
}
