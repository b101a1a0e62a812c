using System.Text;

namespace Lakehouse.Core.Collection;

/// <summary>A place whose daily weather is collected.</summary>
/// <param name="Name">Place name, e.g. <c>São Paulo</c>.</param>
/// <param name="State">State code (UF), e.g. <c>SP</c>; ties the location to the states of <c>dw.dim_geography</c>.</param>
/// <param name="Latitude">Latitude in decimal degrees.</param>
/// <param name="Longitude">Longitude in decimal degrees.</param>
/// <param name="IbgeCode">IBGE municipality code, when known (the capitals have one).</param>
public sealed record WeatherLocation(string Name, string State, double Latitude, double Longitude, int? IbgeCode = null)
{
    /// <summary>
    /// ASCII name of the location in keys, metadata and messages: the name without accents, lowercased, non-letters as
    /// <c>-</c>, then the state: <c>São Paulo</c>/<c>SP</c> → <c>sao-paulo-sp</c>.
    /// </summary>
    public string Slug => ToSlug(Name) + "-" + ToSlug(State);

    // Portuguese (and common Latin) accented letters; the build uses invariant globalization, which does not decompose.
    private const string Accented = "áàâãäéèêëíìîïóòôõöúùûüçñ";
    private const string Plain = "aaaaaeeeeiiiiooooouuuucn";

    private static string ToSlug(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var letter in text)
        {
            var c = char.ToLowerInvariant(letter);
            var accent = Accented.IndexOf(c, StringComparison.Ordinal);
            plain.Append(accent >= 0 ? Plain[accent] : char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var slug = plain.ToString();
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Trim('-');
    }
}
