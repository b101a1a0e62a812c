using Lakehouse.Core.Collection;

namespace Lakehouse.Core.Tests.Collection;

public sealed class WindowPlannerTests
{
    [Theory]
    [InlineData("2016-01-01", "2025-12-31", 1)]
    [InlineData("2016-01-01", "2026-01-01", 2)]
    [InlineData("1986-06-04", "2026-06-15", 5)]
    [InlineData("2024-02-29", "2024-02-29", 1)]
    public void ForSeries_Daily_CoversTheRangeInWindowsOfAtMost10Years(string from, string to, int count)
    {
        var range = new DateWindow(DateOnly.Parse(from, null), DateOnly.Parse(to, null));

        var windows = WindowPlanner.ForSeries(SgsSeries.SelicDaily, range);

        Assert.Equal(count, windows.Count);
        Assert.Equal(range.From, windows[0].From);
        Assert.Equal(range.To, windows[^1].To);
        Assert.All(windows, w => Assert.True(w.To < w.From.AddYears(WindowPlanner.MaxDailySeriesYears)));
        Assert.All(windows.Zip(windows.Skip(1)), p => Assert.Equal(p.First.To.AddDays(1), p.Second.From));
    }

    [Fact]
    public void ForSeries_Monthly_IsOneWindow()
    {
        var range = new DateWindow(new DateOnly(1980, 1, 1), new DateOnly(2026, 6, 30));

        Assert.Equal([range], WindowPlanner.ForSeries(SgsSeries.Ipca, range));
    }

    [Fact]
    public void ForWeather_SplitsByCalendarYear()
    {
        var windows = WindowPlanner.ForWeather(new DateWindow(new DateOnly(2022, 12, 29), new DateOnly(2024, 1, 8)));

        Assert.Equal(["2022-12-29..2022-12-31", "2023-01-01..2023-12-31", "2024-01-01..2024-01-08"], windows.Select(w => w.ToString()));
    }

    [Fact]
    public void DateWindow_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DateWindow(new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void BronzeKeys_SameSeriesAndWindow_SameKey()
    {
        var window = new DateWindow(new DateOnly(2016, 1, 1), new DateOnly(2025, 12, 31));

        Assert.Equal("bcb/sgs-11/2016-01-01_2025-12-31.json", BronzeKeys.SgsSeries(11, window));
        Assert.Equal(BronzeKeys.SgsSeries(11, window), BronzeKeys.SgsSeries(11, new DateWindow(window.From, window.To)));
    }

    [Theory]
    [InlineData("olist_orders_dataset.csv", "olist/orders/ingest_date=2026-06-20/olist_orders_dataset.csv")]
    [InlineData("2026/olist_customers_dataset.csv.gz", "olist/customers/ingest_date=2026-06-20/olist_customers_dataset.csv.gz")]
    [InlineData("notas/NF 123.PDF", "docs/ingest_date=2026-06-20/notas/NF 123.PDF")]
    [InlineData("scan.tiff", "docs/ingest_date=2026-06-20/scan.tiff")]
    [InlineData("planilha.xlsx", "inbox/ingest_date=2026-06-20/planilha.xlsx")]
    public void BronzeKeys_FolderFile_GoesUnderItsDatasetPrefix(string relative, string key)
    {
        Assert.Equal(key, BronzeKeys.FolderFile(relative, new DateOnly(2026, 6, 20)));
    }
}
