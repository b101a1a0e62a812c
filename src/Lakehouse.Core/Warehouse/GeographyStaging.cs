using System.Globalization;
using System.Runtime.InteropServices;
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
        var prefixes = new Prefixes();
        long points = 0;
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = await reader.ReadRowGroupAsync(group, cancellationToken);
            Aggregate(rowGroup, prefixes);
            points += rowGroup.RowCount;
        }

        var cities = prefixes.Cities.Modes(prefixes.Count);
        var states = prefixes.States.Modes(prefixes.Count);
        for (var i = 0; i < prefixes.Count; i++)
        {
            ref readonly var totals = ref prefixes.Totals(i);
            output.StartRow(Columns.Count);
            output.Write(prefixes.Zip(i));
            WriteMean(output, totals.LatSum, totals.LatCount);
            WriteMean(output, totals.LngSum, totals.LngCount);
            WriteText(output, cities[i]);
            WriteText(output, states[i]);
            output.Write(totals.Points);
        }

        return points;
    }

    private void Aggregate(ParquetRowGroup rowGroup, Prefixes prefixes)
    {
        var (zip, lat, lng) = (rowGroup.Column<ReadOnlyMemory<char>>(_zip), rowGroup.Column<double>(_lat), rowGroup.Column<double>(_lng));
        var (city, state) = (rowGroup.Column<ReadOnlyMemory<char>>(_city), rowGroup.Column<ReadOnlyMemory<char>>(_state));
        for (var row = 0; row < rowGroup.RowCount; row++)
        {
            if (zip.IsNull(row))
            {
                continue;
            }

            var prefix = prefixes.IndexOf(zip[row].Span);
            ref var totals = ref prefixes.Totals(prefix);
            totals.Points++;
            if (!lat.IsNull(row))
            {
                (totals.LatSum, totals.LatCount) = (totals.LatSum + lat[row], totals.LatCount + 1);
            }

            if (!lng.IsNull(row))
            {
                (totals.LngSum, totals.LngCount) = (totals.LngSum + lng[row], totals.LngCount + 1);
            }

            if (!city.IsNull(row))
            {
                prefixes.Cities.Count(prefix, city[row].Span);
            }

            if (!state.IsNull(row))
            {
                prefixes.States.Count(prefix, state[row].Span);
            }
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

    /// <summary>Whether <paramref name="value"/> seen <paramref name="count"/> times is the mode rather than <paramref name="best"/>: more frequent, or as frequent and first in code point order.</summary>
    private static bool Beats(string value, int count, string? best, int bestCount) =>
        count > bestCount || (count == bestCount && CodePointCompare(value, best!) < 0);

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

    /// <summary>Sums of one prefix's points.</summary>
    private struct PrefixTotals
    {
        public double LatSum;
        public long LatCount;
        public double LngSum;
        public long LngCount;
        public int Points;
    }

    /// <summary>
    /// The prefixes seen, numbered in order of appearance, with their sums in one array, and their cities and states
    /// counted in two shared tables. Before, each prefix was an object with a dictionary of cities and one of states:
    /// ~600 bytes a prefix, 60 MB for the 99k prefixes of the 10x bench data, held while the file loads at the run's
    /// memory peak (docs/benchmarks.md, run I); this way ~130 bytes a prefix.
    /// </summary>
    private sealed class Prefixes
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _zips = [];
        private PrefixTotals[] _totals = new PrefixTotals[1024];

        public int Count => _zips.Count;

        public ValueCounts Cities { get; } = new();

        public ValueCounts States { get; } = new();

        public string Zip(int prefix) => _zips[prefix];

        public ref PrefixTotals Totals(int prefix) => ref _totals[prefix];

        /// <summary>The number of <paramref name="zip"/>, numbering it when new.</summary>
        public int IndexOf(ReadOnlySpan<char> zip)
        {
            var lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(zip, out var prefix))
            {
                return prefix;
            }

            prefix = _zips.Count;
            var text = zip.ToString();
            _index[text] = prefix;
            _zips.Add(text);
            if (prefix == _totals.Length)
            {
                Array.Resize(ref _totals, _totals.Length * 2);
            }

            return prefix;
        }
    }

    /// <summary>How often each text (a city, a state) appears per prefix: texts interned once, counts keyed by (prefix, text).</summary>
    internal sealed class ValueCounts
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _texts = [];
        private readonly Dictionary<long, int> _counts = [];

        public void Count(int prefix, ReadOnlySpan<char> text)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(text, out var id))
            {
                id = _texts.Count;
                var value = text.ToString();
                _ids[value] = id;
                _texts.Add(value);
            }

            CollectionsMarshal.GetValueRefOrAddDefault(_counts, ((long)prefix << 32) | (uint)id, out _)++;
        }

        /// <summary>
        /// The mode of each of the first <paramref name="prefixes"/> prefixes (null where none was counted): the most
        /// frequent text, ties to the first in UTF-8 byte order (code point order), as PostgreSQL's <c>mode()</c> under C.
        /// </summary>
        public string?[] Modes(int prefixes)
        {
            var best = new string?[prefixes];
            var bestCount = new int[prefixes];
            foreach (var (key, count) in _counts)
            {
                var (prefix, text) = ((int)(key >> 32), _texts[(int)(uint)key]);
                if (Beats(text, count, best[prefix], bestCount[prefix]))
                {
                    (best[prefix], bestCount[prefix]) = (text, count);
                }
            }

            return best;
        }
    }
}
