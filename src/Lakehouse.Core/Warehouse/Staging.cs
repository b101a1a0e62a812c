using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Warehouse;

/// <summary>
/// How a silver file becomes the load's staging table <c>stg</c>: its columns and the rows the loader copies into it
/// (binary COPY through <see cref="PgBinaryCopyWriter"/>), read row group by row group, column-wise. Chosen by the
/// dataset unit (<c>DatasetUnit.CreateStaging</c>): most stage the file as it is (<see cref="FileStaging"/>);
/// geolocation stages one row per zip prefix (<see cref="GeographyStaging"/>).
/// </summary>
internal abstract class Staging
{
    /// <summary>The staging columns, in COPY order: name and PostgreSQL type.</summary>
    public abstract IReadOnlyList<(string Name, string Type)> Columns { get; }

    /// <summary>Writes the staging rows; returns the number of silver rows they stand for.</summary>
    public abstract Task<long> WriteAsync(ParquetFileReader reader, PgBinaryCopyWriter output, CancellationToken cancellationToken);

    /// <summary>PostgreSQL type of a silver column.</summary>
    protected static string PgType(ParquetField field) => field.Type switch
    {
        ParquetType.Boolean => "boolean",
        ParquetType.Int32 => "integer",
        ParquetType.Int64 => "bigint",
        ParquetType.Float => "real",
        ParquetType.Double => "double precision",
        ParquetType.String => "text",
        ParquetType.Date => "date",
        ParquetType.TimestampMicros => "timestamptz",
        ParquetType.Decimal => $"numeric({field.Precision}, {field.Scale})",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "unsupported Parquet type"),
    };
}
