using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Schema;

/// <summary>Maps <see cref="ParquetSchema"/> to parquet.thrift schema elements for writing.</summary>
internal static class SchemaConverter
{
    public const string RootName = "schema";

    public static ColumnDescriptor ToDescriptor(ParquetField field)
    {
        ValidateDecimal(field);
        var physical = field.Type switch
        {
            ParquetType.Boolean => PhysicalType.Boolean,
            ParquetType.Int32 or ParquetType.Date => PhysicalType.Int32,
            ParquetType.Int64 or ParquetType.TimestampMicros or ParquetType.Decimal => PhysicalType.Int64,
            ParquetType.Float => PhysicalType.Float,
            ParquetType.Double => PhysicalType.Double,
            ParquetType.String => PhysicalType.ByteArray,
            _ => throw new ArgumentException($"Column '{field.Name}' has unknown type {field.Type}."),
        };
        return new ColumnDescriptor(field, physical, 0, TimeUnit.Micros);
    }

    public static List<SchemaElement> ToThrift(IReadOnlyList<ColumnDescriptor> columns)
    {
        var elements = new List<SchemaElement>(columns.Count + 1)
        {
            new() { Name = RootName, NumChildren = columns.Count },
        };
        foreach (var column in columns)
        {
            var field = column.Field;
            var element = new SchemaElement
            {
                Name = field.Name,
                Type = column.Physical,
                RepetitionType = field.Nullable ? Repetition.Optional : Repetition.Required,
            };
            Annotate(element, field);
            elements.Add(element);
        }

        return elements;
    }

    private static void Annotate(SchemaElement element, ParquetField field)
    {
        switch (field.Type)
        {
            case ParquetType.String:
                element.ConvertedType = ConvertedType.Utf8;
                element.LogicalType = new LogicalType { Kind = LogicalType.StringKind };
                break;
            case ParquetType.Date:
                element.ConvertedType = ConvertedType.Date;
                element.LogicalType = new LogicalType { Kind = LogicalType.DateKind };
                break;
            case ParquetType.TimestampMicros:
                element.ConvertedType = ConvertedType.TimestampMicros;
                element.LogicalType = new LogicalType
                {
                    Kind = LogicalType.TimestampKind, IsAdjustedToUtc = true, Unit = TimeUnit.Micros,
                };
                break;
            case ParquetType.Decimal:
                element.ConvertedType = ConvertedType.Decimal;
                element.Scale = field.Scale;
                element.Precision = field.Precision;
                element.LogicalType = new LogicalType
                {
                    Kind = LogicalType.DecimalKind, Scale = field.Scale, Precision = field.Precision,
                };
                break;
        }
    }

    private static void ValidateDecimal(ParquetField field)
    {
        if (field.Type == ParquetType.Decimal &&
            (field.Precision is < 1 or > 18 || field.Scale < 0 || field.Scale > field.Precision))
        {
            throw new ArgumentException(
                $"Column '{field.Name}': DECIMAL({field.Precision},{field.Scale}) needs 1 <= precision <= 18 and 0 <= scale <= precision.");
        }
    }
}
