using System.Text;

using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Schema;

/// <summary>Turns decoded physical values into the CLR values of <see cref="ParquetReader"/> (boxed).</summary>
internal sealed class ValueConverter(ColumnDescriptor column)
{
    private const int UnixEpochDayNumber = 719162; // DateOnly(1970, 1, 1).DayNumber
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private static readonly object True = true;
    private static readonly object False = false;

    public ColumnDescriptor Column { get; } = column;

    public static object FromBoolean(bool value) => value ? True : False;

    public static object FromFloat(float value) => value;

    public static object FromDouble(double value) => value;

    public object FromInt32(int value) => Column.Field.Type switch
    {
        ParquetType.Date => ToDate(value),
        ParquetType.Decimal => DecimalCodec.FromUnscaled(value, Column.Field.Scale),
        _ => value,
    };

    public object FromInt64(long value) => Column.Field.Type switch
    {
        ParquetType.TimestampMicros => ToTimestamp(value),
        ParquetType.Decimal => DecimalCodec.FromUnscaled(value, Column.Field.Scale),
        _ => value,
    };

    public object FromBytes(ReadOnlySpan<byte> value)
    {
        if (Column.Field.Type == ParquetType.Decimal)
        {
            return DecimalCodec.FromBigEndian(value, Column.Field.Scale);
        }

        try
        {
            return StrictUtf8.GetString(value);
        }
        catch (DecoderFallbackException e)
        {
            throw new ParquetFormatException($"Column '{Column.Name}' holds a string that is not valid UTF-8.", e);
        }
    }

    private DateOnly ToDate(int days)
    {
        var dayNumber = (long)UnixEpochDayNumber + days;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            throw new ParquetFormatException($"Column '{Column.Name}' holds a DATE outside 0001-01-01..9999-12-31.");
        }

        return DateOnly.FromDayNumber((int)dayNumber);
    }

    private DateTime ToTimestamp(long value)
    {
        var ticks = Column.Unit switch
        {
            TimeUnit.Millis => value is > long.MaxValue / 10_000 or < long.MinValue / 10_000 ? long.MaxValue : value * 10_000,
            TimeUnit.Nanos => value / 100,
            _ => value is > long.MaxValue / 10 or < long.MinValue / 10 ? long.MaxValue : value * 10,
        };
        var total = (Int128)DateTime.UnixEpoch.Ticks + ticks;
        if (total < 0 || total > DateTime.MaxValue.Ticks || ticks == long.MaxValue)
        {
            throw new ParquetFormatException($"Column '{Column.Name}' holds a TIMESTAMP outside 0001..9999.");
        }

        return new DateTime((long)total, DateTimeKind.Utc);
    }
}
