using System.Globalization;
using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Transform;

/// <summary>
/// Parses CSV text into the typed value of a column. Failures return the rule that failed and a reason that never
/// contains the field's value (it may be personal data).
/// </summary>
public static class FieldParser
{
    private static readonly string[] TimestampFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];

    /// <summary>
    /// Source time zone of Olist timestamps (Brazilian local time). Values are converted to UTC; a local time that
    /// does not exist (the hour skipped when daylight saving time began) is moved forward by the gap.
    /// </summary>
    public static TimeZoneInfo SourceTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    /// <summary>Parses <paramref name="text"/>; empty text is null (and fails a required column).</summary>
    public static bool TryParse(DatasetColumn column, string text, out object? value, out FieldError? error)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(text);
        value = null;
        error = null;
        if (text.Length == 0)
        {
            if (column.Required)
            {
                error = new FieldError("not_null", $"column '{column.Name}' is required but empty");
                return false;
            }

            return true;
        }

        var ok = column.Kind switch
        {
            ColumnKind.String => Set(Pad(column, text), out value),
            ColumnKind.Int32 => TryInt(text, out value),
            ColumnKind.Decimal => TryDecimal(text, column.Scale, column.Precision, out value),
            ColumnKind.Double => TryDouble(text, out value),
            ColumnKind.Date => TryDate(text, out value),
            ColumnKind.Timestamp => TryTimestamp(text, out value),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "unknown column kind"),
        };
        if (!ok)
        {
            error = new FieldError($"type_{column.Kind.ToString().ToLowerInvariant()}", Describe(column));
        }

        return ok;
    }

    private static string Describe(DatasetColumn column) => column.Kind switch
    {
        ColumnKind.Int32 => $"column '{column.Name}' is not a whole number",
        ColumnKind.Decimal => $"column '{column.Name}' is not a decimal with at most {column.Scale} decimal places and {column.Precision} digits",
        ColumnKind.Double => $"column '{column.Name}' is not a number",
        ColumnKind.Date => $"column '{column.Name}' is not a date (yyyy-MM-dd)",
        ColumnKind.Timestamp => $"column '{column.Name}' is not a date and time (yyyy-MM-dd HH:mm:ss)",
        _ => $"column '{column.Name}' has an invalid value",
    };

    private static string Pad(DatasetColumn column, string text) =>
        text.Length < column.ZeroPadTo && text.All(char.IsAsciiDigit) ? text.PadLeft(column.ZeroPadTo, '0') : text;

    private static bool Set(string text, out object? value)
    {
        value = text;
        return true;
    }

    private static bool TryInt(string text, out object? value)
    {
        var ok = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }

    private static bool TryDecimal(string text, int scale, int precision, out object? value)
    {
        value = null;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        var rounded = Math.Round(parsed, scale);
        if (rounded != parsed || Math.Abs(rounded) >= Pow10(precision - scale))
        {
            return false;
        }

        value = rounded;
        return true;
    }

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static bool TryDouble(string text, out object? value)
    {
        var ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed);
        value = ok ? parsed : null;
        return ok;
    }

    private static bool TryDate(string text, out object? value)
    {
        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }

    private static bool TryTimestamp(string text, out object? value)
    {
        value = null;
        if (!TryParseIsoSeconds(text, out var local)
            && !DateTime.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            return false;
        }

        value = ToUtc(local);
        return true;
    }

    /// <summary>
    /// The common shape <c>yyyy-MM-dd HH:mm:ss</c>, read digit by digit: what <c>TryParseExact</c> returns for it, at a
    /// fraction of the cost (it tries each format in turn). Anything else is left to <c>TryParseExact</c>.
    /// </summary>
    private static bool TryParseIsoSeconds(string text, out DateTime local)
    {
        local = default;
        if (text.Length != 19 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
            || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    private const int FirstCachedDay = 693_595; // 1900-01-01 (DateOnly.DayNumber)
    private const int NotComputed = int.MinValue;
    private const int Irregular = int.MinValue + 1;

    /// <summary>
    /// UTC offsets, in seconds, of the local days 1900-2099 seen so far (index: day number - 1900-01-01), or
    /// <see cref="NotComputed"/>, or <see cref="Irregular"/> for a day whose offset changes or that has skipped or
    /// repeated time (a daylight-saving switch): those convert in full every time. A flat array rather than a
    /// dictionary: a lookup is one cache line, where a dictionary's nodes cost a cache miss each once the transform's
    /// buffers have filled the caches (0.2 s per full-scale run in a profile). 290 KiB.
    /// </summary>
    private static readonly int[] DayOffsets = NewDayOffsets();

    /// <summary>Converts a wall-clock time in <see cref="SourceTimeZone"/> to UTC.</summary>
    public static DateTime ToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var index = DateOnly.FromDateTime(local).DayNumber - FirstCachedDay;
        if ((uint)index >= (uint)DayOffsets.Length)
        {
            return ConvertToUtc(local);
        }

        var offset = Volatile.Read(ref DayOffsets[index]);
        if (offset == NotComputed)
        {
            var first = local.Date;
            var last = first.AddDays(1).AddTicks(-1);
            var regular = !IsIrregular(first) && !IsIrregular(last) && SourceTimeZone.GetUtcOffset(first) == SourceTimeZone.GetUtcOffset(last);
            offset = regular ? (int)(SourceTimeZone.GetUtcOffset(first).Ticks / TimeSpan.TicksPerSecond) : Irregular;
            Volatile.Write(ref DayOffsets[index], offset);
        }

        return offset == Irregular ? ConvertToUtc(local) : new DateTime(local.Ticks - (offset * TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    private static int[] NewDayOffsets()
    {
        var days = new int[new DateOnly(2100, 1, 1).DayNumber - FirstCachedDay];
        Array.Fill(days, NotComputed);
        return days;
    }

    private static bool IsIrregular(DateTime local) => SourceTimeZone.IsInvalidTime(local) || SourceTimeZone.IsAmbiguousTime(local);

    /// <summary>The full conversion: a local time that does not exist (skipped when daylight saving time began) moves forward by an hour.</summary>
    internal static DateTime ConvertToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (SourceTimeZone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, SourceTimeZone);
    }
}
