using Lakehouse.Core.Datasets;
using Lakehouse.Core.Transform;

namespace Lakehouse.Core.Tests.Transform;

public class FieldParserTests
{
    [Fact]
    public void TryParse_SaoPauloTimestamp_ReturnsUtc()
    {
        var column = new DatasetColumn("t", ColumnKind.Timestamp);

        var ok = FieldParser.TryParse(column, "2018-03-10 14:30:00", out var value, out _);

        Assert.True(ok);
        Assert.Equal(new DateTime(2018, 3, 10, 17, 30, 0, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)value!).Kind);
    }

    [Fact]
    public void TryParse_SummerTimeTimestamp_UsesDaylightOffset()
    {
        var column = new DatasetColumn("t", ColumnKind.Timestamp);

        FieldParser.TryParse(column, "2017-01-15 12:00:00", out var value, out _);

        Assert.Equal(new DateTime(2017, 1, 15, 14, 0, 0, DateTimeKind.Utc), value);
    }

    [Fact]
    public void TryParse_LocalTimeSkippedByDaylightSaving_MovesForward()
    {
        var column = new DatasetColumn("t", ColumnKind.Timestamp);

        var ok = FieldParser.TryParse(column, "2017-10-15 00:30:00", out var value, out _);

        Assert.True(ok);
        Assert.Equal(new DateTime(2017, 10, 15, 3, 30, 0, DateTimeKind.Utc), value);
    }

    [Theory]
    [InlineData("99.9", "99.90")]
    [InlineData("144.0", "144")]
    [InlineData("0", "0")]
    public void TryParse_PlainDecimal_ReturnsValue(string text, string expected)
    {
        var column = new DatasetColumn("p", ColumnKind.Decimal);

        var ok = FieldParser.TryParse(column, text, out var value, out _);

        Assert.True(ok);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("2018-13-01 00:00:00", ColumnKind.Timestamp, "type_timestamp")]
    [InlineData("yesterday", ColumnKind.Timestamp, "type_timestamp")]
    [InlineData("1.234", ColumnKind.Decimal, "type_decimal")]
    [InlineData("12,5", ColumnKind.Decimal, "type_decimal")]
    [InlineData("1.5", ColumnKind.Int32, "type_int32")]
    public void TryParse_BadValue_FailsWithRuleAndValueFreeReason(string text, ColumnKind kind, string rule)
    {
        var column = new DatasetColumn("col", kind);

        var ok = FieldParser.TryParse(column, text, out _, out var error);

        Assert.False(ok);
        Assert.Equal(rule, error!.Rule);
        Assert.Contains("'col'", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(text, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_EmptyRequired_FailsNotNull()
    {
        var ok = FieldParser.TryParse(new DatasetColumn("id", ColumnKind.String), "", out _, out var error);

        Assert.False(ok);
        Assert.Equal("not_null", error!.Rule);
    }

    [Fact]
    public void TryParse_EmptyOptional_ReturnsNull()
    {
        var ok = FieldParser.TryParse(new DatasetColumn("t", ColumnKind.Timestamp, Required: false), "", out var value, out var error);

        Assert.True(ok);
        Assert.Null(value);
        Assert.Null(error);
    }

    [Fact]
    public void ToUtc_EveryLocalTimeOfTenYearsInSevenMinuteSteps_EqualsTheFullConversion()
    {
        // 2010-2019 holds every São Paulo daylight-saving start (skipped midnight hour) and end (repeated hour) the
        // Olist data can meet; the step visits every minute of the hour across the years.
        for (var local = new DateTime(2010, 1, 1); local < new DateTime(2020, 1, 1); local = local.AddMinutes(7))
        {
            var time = local.AddSeconds(local.Minute);
            Assert.Equal(FieldParser.ConvertToUtc(time), FieldParser.ToUtc(time));
        }
    }

    [Fact]
    public void ToUtc_LocalTimesFrom1890To2110_EqualTheFullConversion()
    {
        // Coarser, over the cached range's edges (1900, 2100) and São Paulo's local mean time (offset -3:06:28) before 1914.
        for (var local = new DateTime(1890, 1, 1); local < new DateTime(2110, 1, 1); local = local.AddMinutes(97))
        {
            Assert.Equal(FieldParser.ConvertToUtc(local), FieldParser.ToUtc(local));
        }
    }

    [Theory]
    [InlineData("2017-02-28 23:59:59")]
    [InlineData("2016-02-29 00:00:00")]
    [InlineData("2017-02-29 10:00:00")]
    [InlineData("2017-13-01 00:00:00")]
    [InlineData("2017-12-01 24:00:00")]
    [InlineData("2017-12-01 23:60:00")]
    [InlineData("0000-01-01 00:00:00")]
    [InlineData("2017-1-01 00:00:000")]
    [InlineData("2017-01-01T00:00:00")]
    [InlineData("2017-01-01 00:00")]
    [InlineData("2017-01-01")]
    [InlineData("2017/01/01 00:00:00")]
    [InlineData(" 2017-01-01 00:00:0")]
    [InlineData("2017-01-01 0a:00:00")]
    public void TryParse_Timestamp_AgreesWithParseExactOfTheDeclaredFormats(string text)
    {
        var expected = DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"],
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local);

        var ok = FieldParser.TryParse(new DatasetColumn("t", ColumnKind.Timestamp), text, out var value, out _);

        Assert.Equal(expected, ok);
        Assert.Equal(expected ? FieldParser.ConvertToUtc(local) : null, value);
    }
}
