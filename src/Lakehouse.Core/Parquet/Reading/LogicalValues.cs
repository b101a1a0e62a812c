using Parquet.Schema;

namespace Lakehouse.Core.Parquet.Reading;

/// <summary>
/// Logical values from physical integers (see <see cref="ColumnReader"/>): days since 1970-01-01 to
/// <see cref="DateOnly"/>, units since the Unix epoch to UTC <see cref="DateTime"/>, unscaled integers to
/// <see cref="decimal"/> at the column's scale. Out-of-range values throw (the reader reports the column).
/// </summary>
internal static class LogicalValues
{
    private static readonly int UnixEpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static DateOnly Date(int days) => DateOnly.FromDayNumber(checked(UnixEpochDay + days));

    public static Func<long, DateTime> Timestamp(DataField data)
    {
        var unit = data is DateTimeDataField t
            ? t.DateTimeFormat switch
            {
                DateTimeFormat.DateAndTime => DateTimeTimeUnit.Millis,
                DateTimeFormat.DateAndTimeMicros => DateTimeTimeUnit.Micros,
                _ => t.Unit,
            }
            : DateTimeTimeUnit.Micros;
        return unit switch
        {
            DateTimeTimeUnit.Millis => static v => DateTime.UnixEpoch.AddTicks(checked(v * TimeSpan.TicksPerMillisecond)),
            DateTimeTimeUnit.Nanos => static v => DateTime.UnixEpoch.AddTicks(v / TimeSpan.NanosecondsPerTick),
            _ => static v => DateTime.UnixEpoch.AddTicks(checked(v * TimeSpan.TicksPerMicrosecond)),
        };
    }

    /// <summary>As <see cref="Decimal"/>, for INT32 columns.</summary>
    public static Func<int, decimal> Decimal32(ParquetField field)
    {
        var toDecimal = Decimal(field);
        return unscaled => toDecimal(unscaled);
    }

    /// <summary>Unscaled integers to decimals that keep the column's scale (so 500 at scale 2 is 5.00).</summary>
    public static Func<long, decimal> Decimal(ParquetField field)
    {
        var scale = field.Scale is >= 0 and <= 28
            ? (byte)field.Scale
            : throw new ParquetFormatException($"Column '{field.Name}': DECIMAL scale {field.Scale} is not supported (0..28).");
        return unscaled =>
        {
            var negative = unscaled < 0;
            var magnitude = negative ? (ulong)(-(unscaled + 1)) + 1 : (ulong)unscaled;
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, scale);
        };
    }
}
