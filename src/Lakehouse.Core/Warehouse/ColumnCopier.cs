using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Warehouse;

/// <summary>Copies one typed silver column, row by row, into binary COPY fields (a timestamp also writes its date key).</summary>
internal abstract class ColumnCopier
{
    public static ColumnCopier For(ParquetColumn column) => column switch
    {
        ParquetColumn<ReadOnlyMemory<char>> c => new Copier<ReadOnlyMemory<char>>(c, static (w, v) => w.Write(v.Span)),
        ParquetColumn<int> c => new Copier<int>(c, static (w, v) => w.Write(v)),
        ParquetColumn<long> c => new Copier<long>(c, static (w, v) => w.Write(v)),
        ParquetColumn<double> c => new Copier<double>(c, static (w, v) => w.Write(v)),
        ParquetColumn<float> c => new Copier<float>(c, static (w, v) => w.Write(v)),
        ParquetColumn<bool> c => new Copier<bool>(c, static (w, v) => w.Write(v)),
        ParquetColumn<DateOnly> c => new Copier<DateOnly>(c, static (w, v) => w.Write(v)),
        ParquetColumn<decimal> c => new Copier<decimal>(c, (w, v) => w.WriteNumeric(v, c.Field.Scale)),
        ParquetColumn<DateTime> c => new TimestampCopier(c),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Field.Type, "unsupported silver column type"),
    };

    public abstract void Write(PgBinaryCopyWriter output, int row);

    private sealed class Copier<T>(ParquetColumn<T> column, Action<PgBinaryCopyWriter, T> write) : ColumnCopier
        where T : struct
    {
        public override void Write(PgBinaryCopyWriter output, int row)
        {
            if (column.IsNull(row))
            {
                output.WriteNull();
            }
            else
            {
                write(output, column[row]);
            }
        }
    }

    private sealed class TimestampCopier(ParquetColumn<DateTime> column) : ColumnCopier
    {
        public override void Write(PgBinaryCopyWriter output, int row)
        {
            if (column.IsNull(row))
            {
                output.WriteNull();
                output.Write(DateKeys.Of(null));
            }
            else
            {
                output.WriteTimestamp(column[row]);
                output.Write(DateKeys.Of(column[row]));
            }
        }
    }
}
