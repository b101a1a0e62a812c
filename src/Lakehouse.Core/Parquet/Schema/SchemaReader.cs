using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Schema;

/// <summary>Maps a file's parquet.thrift schema to column descriptors; rejects what the codec cannot read.</summary>
internal static class SchemaReader
{
    public static List<ColumnDescriptor> Read(IReadOnlyList<SchemaElement> elements)
    {
        if (elements.Count == 0)
        {
            throw new ParquetFormatException("Corrupt Parquet footer: empty schema.");
        }

        var childCount = elements[0].NumChildren ?? 0;
        if (childCount != elements.Count - 1)
        {
            throw new ParquetFormatException("Nested schemas are not supported: the schema is not a flat list of columns.");
        }

        var columns = new List<ColumnDescriptor>(childCount);
        for (var i = 1; i < elements.Count; i++)
        {
            columns.Add(ToDescriptor(elements[i]));
        }

        return columns;
    }

    private static ColumnDescriptor ToDescriptor(SchemaElement element)
    {
        if (element.NumChildren is > 0 || element.Type is null)
        {
            throw new ParquetFormatException($"Nested schemas are not supported (group '{element.Name}').");
        }

        if (element.RepetitionType == Repetition.Repeated)
        {
            throw new ParquetFormatException($"Repeated fields are not supported (column '{element.Name}').");
        }

        var nullable = element.RepetitionType != Repetition.Required;
        var logical = element.LogicalType;
        var converted = element.ConvertedType;
        var physical = element.Type.Value;
        if (logical?.Kind == LogicalType.DecimalKind || converted == ConvertedType.Decimal)
        {
            var precision = logical?.Kind == LogicalType.DecimalKind ? logical.Precision : element.Precision ?? 0;
            var scale = logical?.Kind == LogicalType.DecimalKind ? logical.Scale : element.Scale ?? 0;
            var decimalField = new ParquetField(element.Name, ParquetType.Decimal, nullable, precision, scale);
            return physical is PhysicalType.Int32 or PhysicalType.Int64 or PhysicalType.FixedLenByteArray or PhysicalType.ByteArray
                ? new ColumnDescriptor(decimalField, physical, element.TypeLength ?? 0, TimeUnit.Micros)
                : throw Unsupported(element, "DECIMAL");
        }

        var unit = logical?.Kind == LogicalType.TimestampKind ? logical.Unit
            : converted == ConvertedType.TimestampMillis ? TimeUnit.Millis : TimeUnit.Micros;
        var type = physical switch
        {
            PhysicalType.Boolean => ParquetType.Boolean,
            PhysicalType.Int32 => Int32Type(element),
            PhysicalType.Int64 => Int64Type(element),
            PhysicalType.Float => ParquetType.Float,
            PhysicalType.Double => ParquetType.Double,
            PhysicalType.ByteArray => ByteArrayType(element),
            _ => throw Unsupported(element, null),
        };
        return new ColumnDescriptor(new ParquetField(element.Name, type, nullable), physical, element.TypeLength ?? 0, unit);
    }

    private static ParquetType Int32Type(SchemaElement element)
    {
        var logical = element.LogicalType;
        if (logical?.Kind == LogicalType.DateKind || element.ConvertedType == ConvertedType.Date)
        {
            return ParquetType.Date;
        }

        var unsigned32 = (logical?.Kind == LogicalType.IntegerKind && !logical.IsSigned && logical.BitWidth == 32)
            || element.ConvertedType == ConvertedType.Uint32;
        return unsigned32 || IsTime(element) ? throw Unsupported(element, Annotation(element)) : ParquetType.Int32;
    }

    private static ParquetType Int64Type(SchemaElement element)
    {
        var logical = element.LogicalType;
        if (logical?.Kind == LogicalType.TimestampKind
            || element.ConvertedType is ConvertedType.TimestampMicros or ConvertedType.TimestampMillis)
        {
            return ParquetType.TimestampMicros;
        }

        var unsigned = (logical?.Kind == LogicalType.IntegerKind && !logical.IsSigned)
            || element.ConvertedType == ConvertedType.Uint64;
        return unsigned || IsTime(element) ? throw Unsupported(element, Annotation(element)) : ParquetType.Int64;
    }

    private static ParquetType ByteArrayType(SchemaElement element)
    {
        var kind = element.LogicalType?.Kind;
        return kind is LogicalType.StringKind or LogicalType.EnumKind or LogicalType.JsonKind
            || element.ConvertedType is ConvertedType.Utf8 or ConvertedType.Enum or ConvertedType.Json
            ? ParquetType.String
            : throw Unsupported(element, "binary (no STRING annotation)");
    }

    private static bool IsTime(SchemaElement element) =>
        element.LogicalType?.Kind == LogicalType.TimeKind
        || element.ConvertedType is ConvertedType.TimeMillis or ConvertedType.TimeMicros;

    private static string Annotation(SchemaElement element) =>
        IsTime(element) ? "TIME" : element.ConvertedType?.ToString().ToUpperInvariant() ?? "unsigned integer";

    private static ParquetFormatException Unsupported(SchemaElement element, string? annotation)
    {
        var type = ThriftNames.Of(element.Type ?? PhysicalType.ByteArray);
        var what = annotation is null ? $"physical type {type}" : $"{type} {annotation}";
        return new ParquetFormatException($"Column '{element.Name}': {what} is not supported.");
    }
}
