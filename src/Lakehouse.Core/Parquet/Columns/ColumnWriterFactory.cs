using Lakehouse.Core.Parquet.Schema;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>Creates the typed column writer for a field; the converters define which CLR type each column accepts.</summary>
internal static class ColumnWriterFactory
{
    private const int UnixEpochDayNumber = 719162; // DateOnly(1970, 1, 1).DayNumber

    public static ColumnWriter Create(ColumnDescriptor column, ParquetWriterOptions options)
    {
        var field = column.Field;
        return field.Type switch
        {
            ParquetType.Boolean => new BooleanColumnWriter(column),
            ParquetType.Int32 => new FixedColumnWriter<int>(column, static v => (int)v),
            ParquetType.Int64 => new FixedColumnWriter<long>(column, static v => (long)v),
            ParquetType.Float => new FixedColumnWriter<float>(column, static v => (float)v),
            ParquetType.Double => new FixedColumnWriter<double>(column, static v => (double)v),
            ParquetType.Date => new FixedColumnWriter<int>(column, static v => ((DateOnly)v).DayNumber - UnixEpochDayNumber),
            ParquetType.TimestampMicros => new FixedColumnWriter<long>(column, static v => ToMicros((DateTime)v)),
            ParquetType.Decimal => new FixedColumnWriter<long>(
                column, v => DecimalCodec.ToUnscaled((decimal)v, field.Precision, field.Scale)),
            ParquetType.String => new StringColumnWriter(column, options.DictionaryMaxEntries, options.DictionaryMaxBytes),
            _ => throw new ArgumentOutOfRangeException(nameof(column), field.Type, "Unknown column type."),
        };
    }

    /// <summary>Microseconds since the Unix epoch; Unspecified is taken as UTC, Local is converted.</summary>
    private static long ToMicros(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        // Floor division keeps pre-1970 sub-microsecond ticks ordered.
        return Math.DivRem(utc.Ticks - DateTime.UnixEpoch.Ticks, 10, out var rest) - (rest < 0 ? 1 : 0);
    }
}
