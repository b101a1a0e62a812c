using Parquet.Schema;

namespace Lakehouse.Core.Parquet;

/// <summary>
/// Maps our flat <see cref="ParquetSchema"/> to Parquet.Net's schema for writing, and a file's Parquet.Net schema back
/// to ours for reading (rejecting what the pipeline does not read: nested, repeated, binary, time and unsigned 64-bit
/// columns).
/// </summary>
internal static class SchemaMapping
{
    /// <summary>Parquet.Net's schema of <paramref name="schema"/>, with its data fields in column order.</summary>
    public static (global::Parquet.Schema.ParquetSchema Schema, DataField[] Fields) ToNet(ParquetSchema schema)
    {
        DataField[] fields = [.. schema.Fields.Select(ToDataField)];
        return (new global::Parquet.Schema.ParquetSchema(fields), fields);
    }

    /// <summary>Our schema of a file's Parquet.Net schema, with the data fields to read each column.</summary>
    /// <exception cref="ParquetFormatException">A column the pipeline cannot read; the message names it.</exception>
    public static (ParquetSchema Schema, DataField[] Fields) FromNet(global::Parquet.Schema.ParquetSchema schema)
    {
        var fields = new DataField[schema.Fields.Count];
        var ours = new ParquetField[schema.Fields.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            var field = schema.Fields[i];
            fields[i] = field as DataField
                ?? throw new ParquetFormatException($"Nested schemas are not supported (column '{field.Name}' is a {field.SchemaType}).");
            ours[i] = FromDataField(fields[i]);
        }

        return (new ParquetSchema(ours), fields);
    }

    private static DataField ToDataField(ParquetField field) => field.Type switch
    {
        ParquetType.Boolean => new DataField<bool>(field.Name, field.Nullable),
        ParquetType.Int32 => new DataField<int>(field.Name, field.Nullable),
        ParquetType.Int64 => new DataField<long>(field.Name, field.Nullable),
        ParquetType.Float => new DataField<float>(field.Name, field.Nullable),
        ParquetType.Double => new DataField<double>(field.Name, field.Nullable),
        ParquetType.String => new DataField<string>(field.Name, field.Nullable),
        ParquetType.Date => new DataField<DateOnly>(field.Name, field.Nullable),
        ParquetType.TimestampMicros => new DateTimeDataField(field.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true,
            unit: DateTimeTimeUnit.Micros, isNullable: field.Nullable),
        ParquetType.Decimal => field.Precision is >= 1 and <= 18 && field.Scale >= 0 && field.Scale <= field.Precision
            ? new DecimalDataField(field.Name, field.Precision, field.Scale, isNullable: field.Nullable)
            : throw new ArgumentException(
                $"Column '{field.Name}': DECIMAL({field.Precision},{field.Scale}) needs 1 <= precision <= 18 and 0 <= scale <= precision."),
        _ => throw new ArgumentException($"Column '{field.Name}' has unknown type {field.Type}."),
    };

    private static ParquetField FromDataField(DataField field)
    {
        if (field.IsArray || field.MaxRepetitionLevel > 0)
        {
            throw new ParquetFormatException($"Repeated fields are not supported (column '{field.Name}').");
        }

        var type = field.ClrType;
        if (field is TimeDataField)
        {
            throw Unsupported(field, "TIME");
        }

        if (field is DecimalDataField d)
        {
            return new ParquetField(field.Name, ParquetType.Decimal, field.IsNullable, d.Precision, d.Scale);
        }

        ParquetType? mapped =
            type == typeof(bool) ? ParquetType.Boolean
            : type == typeof(int) || type == typeof(short) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(byte) ? ParquetType.Int32
            : type == typeof(long) || type == typeof(uint) ? ParquetType.Int64
            : type == typeof(float) ? ParquetType.Float
            : type == typeof(double) ? ParquetType.Double
            : type == typeof(ReadOnlyMemory<char>) ? ParquetType.String
            : type == typeof(DateOnly) ? ParquetType.Date
            : type == typeof(DateTime) ? ParquetType.TimestampMicros
            : null;
        return mapped is { } t
            ? new ParquetField(field.Name, t, field.IsNullable)
            : throw Unsupported(field, type == typeof(ReadOnlyMemory<byte>) ? "binary (no STRING annotation)" : type.Name);
    }

    private static ParquetFormatException Unsupported(DataField field, string what) =>
        new($"Column '{field.Name}': {what} is not supported.");
}
