using System.Globalization;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Warehouse;

/// <summary>
/// Geolocation stages one row per zip prefix instead of its points: <c>zip_code_prefix</c>, <c>latitude</c> and
/// <c>longitude</c> (the mean of the points, rounded to 6 decimals), <c>city</c> and <c>state</c> (the most frequent,
/// ties to the first in byte order, as PostgreSQL's <c>mode()</c> under the C collation) and <c>point_count</c>.
/// Rows that repeat in the source count as points.
/// </summary>
/// <remarks>
/// Why here: the file has about a million points for 19k prefixes. Copying every point and aggregating in the merge
/// (<c>avg</c> and two <c>mode()</c> sorts) cost 2-2.5 s at the end of the full-scale ingest, the merge part under the
/// merge lock; a dictionary pass over the row groups' typed columns is a fraction of that and copies 19k rows. The rounding
/// follows the SQL it replaces, <c>round(avg(x)::numeric, 6)::double precision</c>: a float8 becomes numeric with 15
/// significant digits, then rounds half away from zero.
/// </remarks>
internal sealed class GeographyStaging : Staging
{
    private readonly int _zip;
    private readonly int _lat;
    private readonly int _lng;
    private readonly int _city;
    private readonly int _state;

    public GeographyStaging(ParquetSchema schema)
    {
        var names = schema.Fields.Select(f => f.Name).ToList();
        int Find(string name) => names.IndexOf(name) is >= 0 and var i ? i : throw new WarehouseLoadException($"geolocation silver file lacks column '{name}'.");
        (_zip, _lat, _lng, _city, _state) = (Find("geolocation_zip_code_prefix"), Find("geolocation_lat"), Find("geolocation_lng"),
            Find("geolocation_city"), Find("geolocation_state"));
    }

    public override IReadOnlyList<(string Name, string Type)> Columns { get; } =
    [
        ("zip_code_prefix", "text"), ("latitude", "double precision"), ("longitude", "double precision"),
        ("city", "text"), ("state", "text"), ("point_count", "integer"),
    ];

    public override async Task<long> WriteAsync(ParquetFileReader reader, PgBinaryCopyWriter output, CancellationToken cancellationToken)
    {
        var prefixes = new Dictionary<string, Prefix>(StringComparer.Ordinal);
        long points = 0;
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = await reader.ReadRowGroupAsync(group, cancellationToken);
            Aggregate(rowGroup, prefixes);
            points += rowGroup.RowCount;
        }

        foreach (var (zip, prefix) in prefixes)
        {
            output.StartRow(Columns.Count);
            output.Write(zip);
            WriteMean(output, prefix.LatSum, prefix.LatCount);
            WriteMean(output, prefix.LngSum, prefix.LngCount);
            WriteText(output, Mode(prefix.Cities));
            WriteText(output, Mode(prefix.States));
            output.Write(prefix.Points);
        }

        return points;
    }

    private void Aggregate(ParquetRowGroup rowGroup, Dictionary<string, Prefix> prefixes)
    {
        var (zip, lat, lng) = (rowGroup.Column<ReadOnlyMemory<char>>(_zip), rowGroup.Column<double>(_lat), rowGroup.Column<double>(_lng));
        var (city, state) = (rowGroup.Column<ReadOnlyMemory<char>>(_city), rowGroup.Column<ReadOnlyMemory<char>>(_state));
        var byZip = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var row = 0; row < rowGroup.RowCount; row++)
        {
            if (zip.IsNull(row))
            {
                continue;
            }

            if (!byZip.TryGetValue(zip[row].Span, out var prefix))
            {
                byZip[zip[row].Span] = prefix = new Prefix();
            }

            prefix.Add(lat.IsNull(row) ? null : lat[row], lng.IsNull(row) ? null : lng[row],
                city.IsNull(row) ? null : city[row], state.IsNull(row) ? null : state[row]);
        }
    }

    /// <summary>As <c>round(avg(x)::numeric, 6)::double precision</c>; NULL without values.</summary>
    internal static double? RoundedMean(double sum, long count)
    {
        if (count == 0)
        {
            return null;
        }

        var mean = decimal.Parse((sum / count).ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var rounded = Math.Round(mean, 6, MidpointRounding.AwayFromZero);
        return double.Parse(rounded.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>The most frequent value; ties go to the first in UTF-8 byte order (code point order).</summary>
    internal static string? Mode(Dictionary<string, int> counts)
    {
        string? best = null;
        var bestCount = 0;
        foreach (var (value, count) in counts)
        {
            if (count > bestCount || (count == bestCount && CodePointCompare(value, best!) < 0))
            {
                (best, bestCount) = (value, count);
            }
        }

        return best;
    }

    private static int CodePointCompare(string a, string b)
    {
        var (x, y) = (a.EnumerateRunes(), b.EnumerateRunes());
        while (true)
        {
            var (more, other) = (x.MoveNext(), y.MoveNext());
            if (!more || !other)
            {
                return more.CompareTo(other);
            }

            var order = x.Current.Value.CompareTo(y.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }

    private static void WriteMean(PgBinaryCopyWriter output, double sum, long count)
    {
        if (RoundedMean(sum, count) is { } mean)
        {
            output.Write(mean);
        }
        else
        {
            output.WriteNull();
        }
    }

    private static void WriteText(PgBinaryCopyWriter output, string? value)
    {
        if (value is null)
        {
            output.WriteNull();
        }
        else
        {
            output.Write(value);
        }
    }

    private sealed class Prefix
    {
        public double LatSum { get; private set; }

        public long LatCount { get; private set; }

        public double LngSum { get; private set; }

        public long LngCount { get; private set; }

        public int Points { get; private set; }

        public Dictionary<string, int> Cities { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> States { get; } = new(StringComparer.Ordinal);

        public void Add(double? lat, double? lng, ReadOnlyMemory<char>? city, ReadOnlyMemory<char>? state)
        {
            Points++;
            if (lat is { } y)
            {
                (LatSum, LatCount) = (LatSum + y, LatCount + 1);
            }

            if (lng is { } x)
            {
                (LngSum, LngCount) = (LngSum + x, LngCount + 1);
            }

            Count(Cities, city);
            Count(States, state);
        }

        private static void Count(Dictionary<string, int> counts, ReadOnlyMemory<char>? value)
        {
            if (value is { } text)
            {
                var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
                lookup[text.Span] = lookup.TryGetValue(text.Span, out var n) ? n + 1 : 1;
            }
        }
    }
}
