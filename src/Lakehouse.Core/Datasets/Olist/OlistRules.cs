using System.Text.RegularExpressions;

namespace Lakehouse.Core.Datasets.Olist;

/// <summary>Patterns and column shapes several Olist datasets share.</summary>
internal static partial class OlistRules
{
    /// <summary>A zip code prefix column: text of 5 digits, written as a number in the source (leading zero lost).</summary>
    public static DatasetColumn ZipPrefix(string name) => new(name, ColumnKind.String) { ZeroPadTo = 5, Repeats = true };

    [GeneratedRegex("^[0-9]{5}$", RegexOptions.CultureInvariant)]
    public static partial Regex ZipPrefixPattern();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    public static partial Regex StatePattern();

    [GeneratedRegex("^[a-z0-9_]+$", RegexOptions.CultureInvariant)]
    public static partial Regex CategoryPattern();
}
