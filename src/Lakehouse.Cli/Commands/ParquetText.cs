using System.Globalization;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>How <c>lakehouse parquet</c> renders values (invariant culture, UTC timestamps) and sizes.</summary>
internal static class ParquetText
{
    /// <summary>A value as Spectre markup: null in grey, text escaped and shortened.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "[grey]null[/]",
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture) + "Z",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        float x => x.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Markup.Escape(Shorten(value.ToString() ?? "", 60)),
    };

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>A byte count with a binary unit, e.g. "1.5 MiB".</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
    };

    /// <summary>A byte count in at most 5 characters, e.g. "4.7K", "12M".</summary>
    public static string ShortBytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes}",
        < 1024 * 1024 => (bytes / 1024.0).ToString(bytes < 10 * 1024 ? "0.0" : "0", CultureInfo.InvariantCulture) + "K",
        _ => (bytes / 1024.0 / 1024.0).ToString(bytes < 10L * 1024 * 1024 ? "0.0" : "0", CultureInfo.InvariantCulture) + "M",
    };

    /// <summary>Encoding names shortened for the chunk table (PLAIN_DICTIONARY → PLAIN_DICT, RLE_DICTIONARY → RLE_DICT).</summary>
    public static string ShortEncoding(string encoding) => encoding.Replace("DICTIONARY", "DICT", StringComparison.Ordinal);
}
