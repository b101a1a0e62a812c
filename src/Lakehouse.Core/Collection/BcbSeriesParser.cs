using System.Globalization;
using System.Text.Json;
using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Collection;

/// <summary>
/// Parses a stored SGS answer (<c>[{"data":"dd/MM/yyyy","valor":"1.23"},…]</c>, values as decimal strings with
/// <c>.</c>) into <see cref="IndicatorValue"/> rows, with row rules as <see cref="Finding"/>s:
/// <list type="bullet">
/// <item><c>date_parse</c>, <c>value_parse</c> (Error): the row is left out;</item>
/// <item><c>dates_increasing_unique</c> (Error): a row not after the previous kept row is left out;</item>
/// <item><c>monthly_first_day</c> (Error): a monthly series' row not dated the 1st is left out;</item>
/// <item><c>monthly_no_gap</c> (Warning): a monthly series misses months between two rows (sample: the row after the gap);</item>
/// <item><c>ipca_band</c> (Error, SGS 433 only): outside <see cref="IpcaBand"/>.</item>
/// </list>
/// An empty array is no data, not an error. A body that is not such an array throws <see cref="FormatException"/>.
/// </summary>
public static class BcbSeriesParser
{
    /// <summary>Parses <paramref name="json"/>; rows outside <paramref name="window"/> (when given) are dropped and counted.</summary>
    /// <exception cref="FormatException">The body is not a JSON array of objects with string <c>data</c> and <c>valor</c>.</exception>
    public static SeriesParseResult Parse(ReadOnlyMemory<byte> json, SgsSeries series, DateWindow? window)
    {
        ArgumentNullException.ThrowIfNull(series);
        var findings = new FindingCollector();
        var rows = new List<IndicatorValue>();
        var numbers = new List<long>();
        int read = 0, outside = 0;
        foreach (var (number, dateText, valueText) in ReadArray(json))
        {
            if (!DateOnly.TryParseExact(dateText, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                read++;
                findings.Add("date_parse", "data", FindingSeverity.Error, number, "'data' must be a date dd/MM/yyyy");
                continue;
            }

            if (window is not null && !window.Contains(date))
            {
                outside++;
                continue;
            }

            read++;
            if (Check(series, findings, number, date, valueText, rows.Count > 0 ? rows[^1].Date : null) is { } value)
            {
                rows.Add(new IndicatorValue(date, value));
                numbers.Add(number);
            }
        }

        if (series.Periodicity == SeriesPeriodicity.Monthly)
        {
            FindGaps(rows, numbers, findings);
        }

        return new SeriesParseResult(series, rows, read, outside, findings.ToFindings());
    }

    private static decimal? Check(SgsSeries series, FindingCollector findings, long number, DateOnly date, string valueText, DateOnly? previous)
    {
        if (!decimal.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            findings.Add("value_parse", "valor", FindingSeverity.Error, number, "'valor' must be a decimal number with '.' as separator");
            return null;
        }

        if (previous is { } last && date <= last)
        {
            findings.Add("dates_increasing_unique", "data", FindingSeverity.Error, number, "dates must be strictly increasing (no repeated or earlier date)");
            return null;
        }

        if (series.Periodicity == SeriesPeriodicity.Monthly && date.Day != 1)
        {
            findings.Add("monthly_first_day", "data", FindingSeverity.Error, number, "a monthly series is dated the first day of the month");
            return null;
        }

        if (series.Code == IpcaBand.SgsCode && !IpcaBand.Contains(date, value))
        {
            findings.Add("ipca_band", "valor", FindingSeverity.Error, number, IpcaBand.Description);
            return null;
        }

        return value;
    }

    private static void FindGaps(List<IndicatorValue> rows, List<long> numbers, FindingCollector findings)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            var expected = rows[i - 1].Date.AddMonths(1);
            if (rows[i].Date != expected)
            {
                findings.Add("monthly_no_gap", "data", FindingSeverity.Warning, numbers[i], "a monthly series must have a row for every month between its first and last");
            }
        }
    }

    private static List<(long Number, string Date, string Value)> ReadArray(ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The answer is not valid JSON ({e.Message}).", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"The answer is a JSON {document.RootElement.ValueKind}, not an array of {{data, valor}}.");
            }

            var items = new List<(long, string, string)>();
            long number = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                number++;
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("data", out var date) || date.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("valor", out var value) || value.ValueKind != JsonValueKind.String)
                {
                    throw new FormatException($"Element {number} of the answer is not an object with string 'data' and 'valor'.");
                }

                items.Add((number, date.GetString()!, value.GetString()!));
            }

            return items;
        }
    }
}
