using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Transform;

/// <summary>Parquet schemas of the silver layer: one per dataset, plus the quarantine file's.</summary>
public static class SilverSchemas
{
    /// <summary>The quarantine file: where each failed row is, which rules it broke and its masked fields.</summary>
    public static ParquetSchema Quarantine { get; } = new(
    [
        new ParquetField("source_key", ParquetType.String, Nullable: false),
        new ParquetField("record_number", ParquetType.Int64, Nullable: false),
        new ParquetField("line_number", ParquetType.Int64, Nullable: false),
        new ParquetField("rules", ParquetType.String, Nullable: false),
        new ParquetField("reasons", ParquetType.String, Nullable: false),
        new ParquetField("masked_row_json", ParquetType.String),
    ]);

    /// <summary>The silver schema of a dataset: its columns, typed, nullable where not required.</summary>
    public static ParquetSchema For(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new ParquetSchema(dataset.Columns.Select(c => new ParquetField(c.Name, ToParquet(c.Kind), !c.Required, c.Precision, c.Scale)));
    }

    /// <summary>The columns of <paramref name="dataset"/> whose values repeat (<see cref="DatasetColumn.Repeats"/>): silver's dictionary hints.</summary>
    public static IReadOnlySet<string> DictionaryColumns(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Columns.Where(c => c.Repeats).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static ParquetType ToParquet(ColumnKind kind) => kind switch
    {
        ColumnKind.String => ParquetType.String,
        ColumnKind.Int32 => ParquetType.Int32,
        ColumnKind.Decimal => ParquetType.Decimal,
        ColumnKind.Double => ParquetType.Double,
        ColumnKind.Date => ParquetType.Date,
        ColumnKind.Timestamp => ParquetType.TimestampMicros,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown column kind"),
    };
}
