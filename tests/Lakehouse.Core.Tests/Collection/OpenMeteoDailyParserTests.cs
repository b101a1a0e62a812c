using System.Text;
using Lakehouse.Core.Collection;
using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Tests.Collection;

public sealed class OpenMeteoDailyParserTests
{
    [Fact]
    public void Parse_ThreeVariablesWithNulls_ToleratesNullsAsMissingValues()
    {
        var result = Parse("""{"daily":{"time":["2024-01-01","2024-01-02"],"temperature_2m_max":[31.2,null],"temperature_2m_min":[20.1,19.8],"precipitation_sum":[0.0,12.4]}}""");

        Assert.Equal(
            [new WeatherDailyRow("x-sp", new DateOnly(2024, 1, 1), 31.2m, 20.1m, 0.0m), new WeatherDailyRow("x-sp", new DateOnly(2024, 1, 2), null, 19.8m, 12.4m)],
            result.Rows);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("value_missing", "temperature_2m_max", FindingSeverity.Warning), (finding.Expectation, finding.Column, finding.Severity));
    }

    [Fact]
    public void Parse_MinAboveMax_LeavesTheDayOut()
    {
        var result = Parse("""{"daily":{"time":["2024-01-01","2024-01-02"],"temperature_2m_max":[20,25],"temperature_2m_min":[21,15],"precipitation_sum":[0,0]}}""");

        Assert.Equal([new DateOnly(2024, 1, 2)], result.Rows.Select(r => r.Date));
        Assert.Equal(1, result.Rejected);
        Assert.Equal("temperature_min_le_max", Assert.Single(result.Findings).Expectation);
    }

    [Fact]
    public void Parse_NegativePrecipitation_LeavesTheDayOut()
    {
        var result = Parse("""{"daily":{"time":["2024-01-01"],"temperature_2m_max":[30],"temperature_2m_min":[20],"precipitation_sum":[-0.1]}}""");

        Assert.Empty(result.Rows);
        Assert.Equal("precipitation_non_negative", Assert.Single(result.Findings).Expectation);
    }

    [Fact]
    public void Parse_ImplausibleTemperatureOrRepeatedDay_LeavesTheDayOut()
    {
        var result = Parse("""{"daily":{"time":["2024-01-01","2024-01-01","2024-01-02"],"temperature_2m_max":[30,30,80],"temperature_2m_min":[20,20,20],"precipitation_sum":[0,0,0]}}""");

        Assert.Single(result.Rows);
        Assert.Equal(["dates_increasing_unique", "temperature_band"], result.Findings.Select(f => f.Expectation).Order());
    }

    [Fact]
    public void Parse_Window_DropsDaysOutsideIt()
    {
        var window = new DateWindow(new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 31));

        var result = OpenMeteoDailyParser.Parse(
            Encoding.UTF8.GetBytes("""{"daily":{"time":["2024-01-01","2024-01-02"],"temperature_2m_max":[30,31],"temperature_2m_min":[20,21],"precipitation_sum":[0,1]}}"""), "x-sp", window);

        Assert.Equal((1, 1, 1), (result.Rows.Count, result.Read, result.OutsideWindow));
    }

    [Theory]
    [InlineData("""{"error":true,"reason":"bad"}""")]
    [InlineData("""{"daily":{"time":["2024-01-01"],"temperature_2m_max":[1,2]}}""")]
    [InlineData("""{"daily":{"time":["2024-01-01"],"temperature_2m_max":["hot"]}}""")]
    [InlineData("""{"daily":""")]
    public void Parse_NotDailyArrays_ThrowsFormatException(string json)
    {
        Assert.Throws<FormatException>(() => Parse(json));
    }

    private static WeatherParseResult Parse(string json) => OpenMeteoDailyParser.Parse(Encoding.UTF8.GetBytes(json), "x-sp", null);
}
