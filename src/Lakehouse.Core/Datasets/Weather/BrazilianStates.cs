using System.Text.RegularExpressions;

namespace Lakehouse.Core.Datasets.Weather;

/// <summary>State codes (UF) as the weather locations carry them.</summary>
internal static partial class BrazilianStates
{
    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();
}
