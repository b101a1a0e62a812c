using System.Globalization;

namespace Lakehouse.Core.Collection;

/// <summary>
/// The 27 state capitals, the default weather locations, read from the embedded
/// <c>Collection/Data/brazil-state-capitals.csv</c> (IBGE municipal seat coordinates; its header says where they come from).
/// </summary>
public static class BrazilianCapitals
{
    private static readonly Lazy<IReadOnlyList<WeatherLocation>> Locations = new(Load);

    /// <summary>The capitals, ordered by state code.</summary>
    public static IReadOnlyList<WeatherLocation> All => Locations.Value;

    private static List<WeatherLocation> Load()
    {
        using var stream = typeof(BrazilianCapitals).Assembly.GetManifestResourceStream("collection/brazil-state-capitals.csv")
            ?? throw new InvalidOperationException("Embedded resource collection/brazil-state-capitals.csv is missing from the build.");
        using var reader = new StreamReader(stream);
        var locations = new List<WeatherLocation>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var fields = line.Split(',');
            locations.Add(new WeatherLocation(
                fields[1],
                fields[0],
                double.Parse(fields[3], CultureInfo.InvariantCulture),
                double.Parse(fields[4], CultureInfo.InvariantCulture),
                int.Parse(fields[2], CultureInfo.InvariantCulture)));
        }

        return locations;
    }
}
