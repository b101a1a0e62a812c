using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Tests.Parquet;

/// <summary>Builders for test schemas and rows: every type, extremes, nulls, seeded random data.</summary>
internal static class ParquetRows
{
    public static readonly ParquetSchema AllTypes = new(
    [
        new("b", ParquetType.Boolean),
        new("i", ParquetType.Int32),
        new("l", ParquetType.Int64),
        new("f", ParquetType.Float),
        new("d", ParquetType.Double),
        new("s", ParquetType.String),
        new("dt", ParquetType.Date),
        new("ts", ParquetType.TimestampMicros),
        new("m", ParquetType.Decimal, Precision: 18, Scale: 4),
        new("req", ParquetType.Int64, Nullable: false),
    ]);

    /// <summary>Extremes, nulls, empty and non-ASCII strings for <see cref="AllTypes"/>.</summary>
    public static List<object?[]> AllTypesRows() =>
    [
        [true, int.MinValue, long.MinValue, float.MinValue, double.MinValue, "", new DateOnly(1900, 1, 1),
            Utc(1900, 1, 1), -99_999_999_999_999.9999m, 0L],
        [false, int.MaxValue, long.MaxValue, float.MaxValue, double.MaxValue, "héllo wörld 日本語 😀",
            new DateOnly(2199, 12, 31), Utc(2199, 12, 31).AddTicks(TimeSpan.TicksPerDay - 10), 99_999_999_999_999.9999m, -1L],
        [null, null, null, null, null, null, null, null, null, long.MaxValue],
        [true, 0, 0L, 0.5f, double.PositiveInfinity, "a\0b", new DateOnly(1970, 1, 1), Utc(1970, 1, 1), 0m, long.MinValue],
        [false, -1, -1L, float.Epsilon, double.NegativeInfinity, "quote ' and \"", new DateOnly(1969, 12, 31),
            new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Unspecified).AddTicks(1234560), -0.0001m, 42L],
        [true, 7, 7L, -1.25f, double.NaN, "tab\tnewline\n", new DateOnly(2024, 2, 29), Utc(2024, 2, 29), 1.5m, 7L],
    ];

    public static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A random schema and rows; the same seed gives the same data.</summary>
    public static (ParquetSchema Schema, List<object?[]> Rows) Random(int seed, int rowCount)
    {
        var random = new Random(seed);
        var types = Enum.GetValues<ParquetType>();
        var fields = Enumerable.Range(0, random.Next(1, 12))
            .Select(i => types[random.Next(types.Length)] is var type && type == ParquetType.Decimal
                ? new ParquetField($"c{i}", type, random.Next(3) > 0, 18, random.Next(0, 7))
                : new ParquetField($"c{i}", type, random.Next(3) > 0))
            .ToList();
        var rows = new List<object?[]>(rowCount);
        for (var r = 0; r < rowCount; r++)
        {
            rows.Add([.. fields.Select(f => f.Nullable && random.Next(5) == 0 ? null : RandomValue(random, f))]);
        }

        return (new ParquetSchema(fields), rows);
    }

    private static object RandomValue(Random random, ParquetField field) => field.Type switch
    {
        ParquetType.Boolean => random.Next(2) == 0,
        ParquetType.Int32 => random.Next(int.MinValue, int.MaxValue),
        ParquetType.Int64 => random.NextInt64(long.MinValue, long.MaxValue),
        ParquetType.Float => (float)((random.NextDouble() - 0.5) * 1e6),
        ParquetType.Double => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-20, 20)),
        ParquetType.String => RandomString(random),
        ParquetType.Date => DateOnly.FromDayNumber(random.Next(693595, 803533)), // 1900..2200
        ParquetType.TimestampMicros => Utc(1900, 1, 1).AddTicks(random.NextInt64(0, 95_000_000_000_000_000) / 10 * 10),
        ParquetType.Decimal => Math.Round((decimal)random.NextInt64(-999_999_999_999, 999_999_999_999) / 1000m, field.Scale),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static string RandomString(Random random)
    {
        // Low cardinality half of the time (dictionary pages), arbitrary Unicode otherwise (PLAIN fallback).
        if (random.Next(2) == 0)
        {
            return "cat-" + random.Next(20);
        }

        var chars = new char[random.Next(0, 40)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next('a', 'z' + 1),
                1 => (char)random.Next(0x00A0, 0x0800),
                2 => (char)random.Next(0x3000, 0xD7FF),
                _ => (char)random.Next(0x20, 0x7F),
            };
        }

        return new string(chars);
    }
}
