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
        if (!DateTime.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        value = ToUtc(local);
        return true;
    }

    /// <summary>Converts a wall-clock time in <see cref="SourceTimeZone"/> to UTC.</summary>
    public static DateTime ToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (SourceTimeZone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, SourceTimeZone);
    }
}
