using System.Globalization;

using Lakehouse.Core.Parquet;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Parquet;

/// <summary>Converts DuckDB's output (<see cref="DuckDb"/>, as text) to the CLR values our reader returns.</summary>
internal static class DuckDbValues
{
    public static object? ToClr(string? value, ParquetType type)
    {
        if (value is null)
        {
            return null;
        }

        return type switch
        {
            ParquetType.Boolean => bool.Parse(value),
            ParquetType.Int32 => int.Parse(value, CultureInfo.InvariantCulture),
            ParquetType.Int64 => long.Parse(value, CultureInfo.InvariantCulture),
            ParquetType.Float => (float)double.Parse(value, CultureInfo.InvariantCulture),
            ParquetType.Double => double.Parse(value, CultureInfo.InvariantCulture),
            ParquetType.String => value,
            ParquetType.Date => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ParquetType.TimestampMicros => Timestamp(value),
            ParquetType.Decimal => decimal.Parse(value, CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }

    public static List<object?[]> ToRows(DuckDbResult result, ParquetSchema schema) =>
        [.. result.Rows.Select(r => r.Select((v, i) => ToClr(v, schema.Fields[i].Type)).ToArray())];

    /// <summary>A DuckDB TIMESTAMP or TIMESTAMPTZ text ("2020-01-01 00:00:00.123456" with optional "+00") as UTC.</summary>
    public static DateTime Timestamp(string text)
    {
        var local = text.EndsWith("+00", StringComparison.Ordinal) ? text[..^3] : text;
        return DateTime.ParseExact(
            local,
            ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }
}
