using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Warehouse;

/// <summary>
/// How a silver file becomes the load's staging table <c>stg</c>: its columns and the rows the loader copies into it
/// (binary COPY through <see cref="PgBinaryCopyWriter"/>). Most datasets stage the file as it is
/// (<see cref="FileStaging"/>); geolocation stages one row per zip prefix (<see cref="GeographyStaging"/>).
/// </summary>
internal abstract class Staging
{
    /// <summary>The staging columns, in COPY order: name and PostgreSQL type.</summary>
    public abstract IReadOnlyList<(string Name, string Type)> Columns { get; }

    /// <summary>The staging of <paramref name="dataset"/>'s silver file with <paramref name="schema"/>.</summary>
    public static Staging For(string dataset, ParquetSchema schema) =>
        dataset == OlistDatasets.Geolocation.Name ? new GeographyStaging(schema) : new FileStaging(schema);

    /// <summary>Writes the staging rows; returns the number of silver rows they stand for.</summary>
    public abstract long Write(ParquetReader reader, PgBinaryCopyWriter output, CancellationToken cancellationToken);

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

/// <summary>
/// The file's columns as they are, plus <c>x__date_key</c> (integer) after each timestamp column <c>x</c>: the
/// <c>dw.dim_date</c> key computed here (<see cref="DateKeys"/>) rather than once per row and column in the merge.
/// </summary>
internal sealed class FileStaging : Staging
{
    private readonly Action<PgBinaryCopyWriter, object>[] _writers;
    private readonly bool[] _isTimestamp;

    public FileStaging(ParquetSchema schema)
    {
        var fields = schema.Fields;
        _writers = [.. fields.Select(Writer)];
        _isTimestamp = [.. fields.Select(f => f.Type == ParquetType.TimestampMicros)];
        Columns = [.. fields.SelectMany(f => f.Type == ParquetType.TimestampMicros
            ? new[] { (f.Name, PgType(f)), (f.Name + DateKeys.StagedColumnSuffix, "integer NOT NULL") }
            : [(f.Name, PgType(f))])];
    }

    public override IReadOnlyList<(string Name, string Type)> Columns { get; }

    public override long Write(ParquetReader reader, PgBinaryCopyWriter output, CancellationToken cancellationToken)
    {
        var width = Columns.Count;
        long total = 0;
        for (var group = 0; group < reader.RowGroups.Count; group++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var columns = reader.ReadRowGroup(group);
            var rows = columns.Length == 0 ? 0 : columns[0].Length;
            for (var row = 0; row < rows; row++)
            {
                output.StartRow(width);
                for (var c = 0; c < columns.Length; c++)
                {
                    var value = columns[c][row];
                    if (value is null)
                    {
                        output.WriteNull();
                    }
                    else
                    {
                        _writers[c](output, value);
                    }

                    if (_isTimestamp[c])
                    {
                        output.Write(DateKeys.Of((DateTime?)value));
                    }
                }
            }

            total += rows;
        }

        return total;
    }

    private static Action<PgBinaryCopyWriter, object> Writer(ParquetField field) => field.Type switch
    {
        ParquetType.Boolean => static (w, v) => w.Write((bool)v),
        ParquetType.Int32 => static (w, v) => w.Write((int)v),
        ParquetType.Int64 => static (w, v) => w.Write((long)v),
        ParquetType.Float => static (w, v) => w.Write((float)v),
        ParquetType.Double => static (w, v) => w.Write((double)v),
        ParquetType.String => static (w, v) => w.Write((string)v),
        ParquetType.Date => static (w, v) => w.Write((DateOnly)v),
        ParquetType.TimestampMicros => static (w, v) => w.WriteTimestamp((DateTime)v),
        ParquetType.Decimal => (w, v) => w.WriteNumeric((decimal)v, field.Scale),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "unsupported Parquet type"),
    };
}
