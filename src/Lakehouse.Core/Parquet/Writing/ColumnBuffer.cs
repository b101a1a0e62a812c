using System.Buffers;
using System.Runtime.CompilerServices;
using Parquet;
using Parquet.Schema;

namespace Lakehouse.Core.Parquet.Writing;

/// <summary>
/// The values of one column of the row group being buffered, in typed arrays rented from <see cref="System.Buffers.ArrayPool{T}"/>;
/// handed to Parquet.Net as <see cref="ReadOnlyMemory{T}"/> when the row group is written.
/// </summary>
internal abstract class ColumnBuffer(ParquetField field, DataField dataField) : IDisposable
{
    public ParquetField Field { get; } = field;

    public DataField DataField { get; } = dataField;

    /// <summary>Values buffered, nulls included.</summary>
    public int Count { get; protected set; }

    /// <summary>Approximate encoded size of the buffered values.</summary>
    public long Bytes { get; protected set; }

    /// <summary>A buffer for <paramref name="field"/>.</summary>
    public static ColumnBuffer For(ParquetField field, DataField dataField) => field.Type switch
    {
        ParquetType.Boolean => new StructColumnBuffer<bool>(field, dataField, 1, static v => (bool)v),
        ParquetType.Int32 => new StructColumnBuffer<int>(field, dataField, 4, static v => (int)v),
        ParquetType.Int64 => new StructColumnBuffer<long>(field, dataField, 8, static v => (long)v),
        ParquetType.Float => new StructColumnBuffer<float>(field, dataField, 4, static v => (float)v),
        ParquetType.Double => new StructColumnBuffer<double>(field, dataField, 8, static v => (double)v),
        ParquetType.Date => new StructColumnBuffer<DateOnly>(field, dataField, 4, static v => (DateOnly)v),
        ParquetType.TimestampMicros => new StructColumnBuffer<DateTime>(field, dataField, 8, static v => (DateTime)v),
        ParquetType.Decimal => new StructColumnBuffer<decimal>(field, dataField, 8, v => DecimalValue.Scaled((decimal)v, field)),
        ParquetType.String => new StringColumnBuffer(field, dataField),
        _ => throw new ArgumentException($"Column '{field.Name}' has unknown type {field.Type}."),
    };

    /// <summary>Appends one value (null only for nullable columns).</summary>
    /// <exception cref="ArgumentException">A null in a required column, a wrong type or an out-of-range decimal; names the column, never the value.</exception>
    public void Append(object? value)
    {
        if (value is null)
        {
            if (!Field.Nullable)
            {
                throw new ArgumentException($"Column '{Field.Name}' is required: null is not allowed.");
            }

            AppendNull();
        }
        else
        {
            try
            {
                AppendValue(value);
            }
            catch (InvalidCastException)
            {
                throw new ArgumentException($"Column '{Field.Name}' ({Field.Type}) cannot hold a value of type {value.GetType().Name}.");
            }
        }

        Count++;
    }

    /// <summary>Removes the value appended last (a row that failed in a later column).</summary>
    public abstract void RemoveLast();

    /// <summary>Writes the buffered values as chunk <paramref name="index"/> (the column's position) of <paramref name="rowGroup"/>.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, int index, CancellationToken cancellationToken);

    /// <summary>
    /// The buffered values as a column read back from the file would hold them (<see cref="ParquetColumn{T}"/>: values by
    /// row, nulls apart, timestamps in UTC to the microsecond), in arrays of its own: for observers of the row group
    /// (<see cref="ParquetFileWriter.RowGroupObserver"/>).
    /// </summary>
    public abstract ParquetColumn Snapshot();

    /// <summary>A column of the buffered rows from values by row and, for a nullable column, which rows are null.</summary>
    protected ParquetColumn Column<TItem>(TItem[] values, bool[]? nulls, int nullCount)
        where TItem : struct => new ParquetColumn<TItem>(Field, Count, values, nulls, nullCount);

    /// <summary>Empties the buffer for the next row group, keeping its arrays.</summary>
    public virtual void Reset() => (Count, Bytes) = (0, 0);

    public abstract void Dispose();

    protected abstract void AppendNull();

    protected abstract void AppendValue(object value);

    /// <summary>Makes room for one more value in <paramref name="array"/>: a pooled array twice as large (at least 1,024).</summary>
    protected void Grow<TItem>(ref TItem[] array)
    {
        if (Count < array.Length)
        {
            return;
        }

        var larger = ArrayPool<TItem>.Shared.Rent(Math.Max(1024, array.Length * 2));
        array.AsSpan(0, Count).CopyTo(larger);
        Return(ref array);
        array = larger;
    }

    /// <summary>Gives <paramref name="array"/> back to the pool (cleared when it holds references: no string outlives its row group).</summary>
    protected static void Return<TItem>(ref TItem[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<TItem>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<TItem>());
        }

        array = [];
    }
}
