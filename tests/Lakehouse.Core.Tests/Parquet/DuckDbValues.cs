using System.Globalization;
using System.Text.Json;

using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Tests.Parquet;

/// <summary>Converts DuckDB's JSON output (tools/duckdb-query.mjs) to the CLR values our reader returns.</summary>
internal static class DuckDbValues
{
    public static object? ToClr(JsonElement value, ParquetType type)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return type switch
        {
            ParquetType.Boolean => value.GetBoolean(),
            ParquetType.Int32 => value.GetInt32(),
            ParquetType.Int64 => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            ParquetType.Float => (float)Number(value),
            ParquetType.Double => Number(value),
            ParquetType.String => value.GetString(),
            ParquetType.Date => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ParquetType.TimestampMicros => Timestamp(value.GetString()!),
            ParquetType.Decimal => decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }

    public static List<object?[]> ToRows(DuckDbResult result, ParquetSchema schema) =>
        [.. result.Rows.Select(r => r.Select((v, i) => ToClr(v, schema.Fields[i].Type)).ToArray())];

    private static double Number(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? value.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var other => double.Parse(other!, CultureInfo.InvariantCulture),
        }
        : value.GetDouble();

    private static DateTime Timestamp(string text)
    {
        var local = text.EndsWith("+00", StringComparison.Ordinal) ? text[..^3] : text;
        return DateTime.ParseExact(
            local,
            ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }
}
