using System.Text;
using Lakehouse.Core.Collection;
using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Tests.Collection;

public sealed class BcbSeriesParserTests
{
    [Fact]
    public void Parse_DecimalStrings_ParsesInvariantly()
    {
        var result = Parse(SgsSeries.SelicDaily, null, ("04/01/2016", "0.052531"), ("05/01/2016", "-1.5"));

        Assert.Equal([new IndicatorValue(new DateOnly(2016, 1, 4), 0.052531m), new IndicatorValue(new DateOnly(2016, 1, 5), -1.5m)], result.Rows);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Parse_RepeatedAndEarlierDates_LeavesThemOutWithAnError()
    {
        var result = Parse(SgsSeries.SelicDaily, null, ("04/01/2016", "1"), ("04/01/2016", "2"), ("03/01/2016", "3"), ("05/01/2016", "4"));

        Assert.Equal([1m, 4m], result.Rows.Select(r => r.Value));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("dates_increasing_unique", FindingSeverity.Error, 2L), (finding.Expectation, finding.Severity, finding.FailedRows));
        Assert.Equal([2L, 3L], finding.SampleRows);
    }

    [Fact]
    public void Parse_MonthlyGap_IsAWarningOnTheRowAfterIt()
    {
        var result = Parse(SgsSeries.SelicMonthly, null, ("01/01/2016", "1.06"), ("01/02/2016", "1.00"), ("01/05/2016", "1.11"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("monthly_no_gap", FindingSeverity.Warning, 3L), (finding.Expectation, finding.Severity, finding.SampleRows[0]));
        Assert.Equal(3, result.Rows.Count);
    }

    [Fact]
    public void Parse_MonthlyNotFirstDay_IsLeftOut()
    {
        var result = Parse(SgsSeries.SelicMonthly, null, ("01/01/2016", "1.06"), ("15/02/2016", "1.00"));

        Assert.Single(result.Rows);
        Assert.Equal("monthly_first_day", Assert.Single(result.Findings).Expectation);
    }

    [Theory]
    [InlineData("01/03/2020", "5.01", false)]
    [InlineData("01/03/2020", "-2.01", false)]
    [InlineData("01/07/2022", "-0.68", true)]
    [InlineData("01/03/1990", "82.39", true)]
    [InlineData("01/03/1990", "100.5", false)]
    public void Parse_Ipca_ChecksThePlausibleBand(string date, string value, bool plausible)
    {
        var result = Parse(SgsSeries.Ipca, null, (date, value));

        Assert.Equal(plausible, result.Rows.Count == 1);
        Assert.Equal(plausible, result.Findings.Count == 0);
        Assert.True(plausible || result.Findings[0].Expectation == "ipca_band");
    }

    [Fact]
    public void Parse_BandOnlyForIpca()
    {
        var result = Parse(SgsSeries.SelicTarget, null, ("01/01/2016", "14.25"));

        Assert.Single(result.Rows);
    }

    [Theory]
    [InlineData("1,23")]
    [InlineData("")]
    [InlineData("abc")]
    public void Parse_ValueNotADotDecimal_IsLeftOutWithAnError(string value)
    {
        var result = Parse(SgsSeries.SelicDaily, null, ("04/01/2016", value));

        Assert.Empty(result.Rows);
        Assert.Equal(1, result.Read);
        Assert.Equal("value_parse", Assert.Single(result.Findings).Expectation);
    }

    [Fact]
    public void Parse_Window_DropsAndCountsRowsOutsideIt()
    {
        var window = new DateWindow(new DateOnly(2016, 1, 5), new DateOnly(2016, 1, 5));

        var result = Parse(SgsSeries.SelicDaily, window, ("04/01/2016", "1"), ("05/01/2016", "2"), ("06/01/2016", "3"));

        Assert.Equal([2m], result.Rows.Select(r => r.Value));
        Assert.Equal((1, 2), (result.Read, result.OutsideWindow));
    }

    [Fact]
    public void Parse_EmptyArray_IsNoData()
    {
        var result = BcbSeriesParser.Parse("[]"u8.ToArray(), SgsSeries.Ipca, null);

        Assert.Empty(result.Rows);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("[{\"data\":\"01/01/2016\",\"valor\":")]
    [InlineData("{\"erro\":{\"statusCode\":400,\"detail\":\"x\"}}")]
    [InlineData("[{\"data\":\"01/01/2016\",\"valor\":1.5}]")]
    [InlineData("<html></html>")]
    public void Parse_NotAnSgsArray_ThrowsFormatException(string json)
    {
        Assert.Throws<FormatException>(() => BcbSeriesParser.Parse(Encoding.UTF8.GetBytes(json), SgsSeries.Ipca, null));
    }

    private static SeriesParseResult Parse(SgsSeries series, DateWindow? window, params (string Date, string Value)[] rows)
    {
        var json = "[" + string.Join(',', rows.Select(r => $"{{\"data\":\"{r.Date}\",\"valor\":\"{r.Value}\"}}")) + "]";
        return BcbSeriesParser.Parse(Encoding.UTF8.GetBytes(json), series, window);
    }
}
