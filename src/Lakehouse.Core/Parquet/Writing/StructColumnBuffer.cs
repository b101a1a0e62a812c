using System.Buffers;
using System.Runtime.CompilerServices;
using Parquet;
using Parquet.Schema;

namespace Lakehouse.Core.Parquet.Writing;

/// <summary>
/// A column of fixed-width values: <typeparamref name="T"/>[] for required columns, <typeparamref name="T"/>?[] for
/// nullable ones (Parquet.Net derives the definition levels), both rented from the shared array pool.
/// </summary>
internal sealed class StructColumnBuffer<T>(ParquetField field, DataField dataField, int width, Func<object, T> convert)
    : ColumnBuffer(field, dataField)
    where T : struct
{
    private T[] _values = [];
    private T?[] _nullable = [];

    public override void RemoveLast()
    {
        Count--;
        if (!Field.Nullable || _nullable[Count].HasValue)
        {
            Bytes -= width;
        }
    }

    public override async Task WriteAsync(ParquetRowGroupWriter rowGroup, int index, CancellationToken cancellationToken)
    {
        await (Field.Nullable
            ? rowGroup.WriteAsync(DataField, new ReadOnlyMemory<T?>(_nullable, 0, Count), cancellationToken: cancellationToken)
            : rowGroup.WriteAsync(DataField, new ReadOnlyMemory<T>(_values, 0, Count), cancellationToken: cancellationToken));
        if (typeof(T) == typeof(DateTime))
        {
            var (min, max) = TimestampRange();
            TimestampStatistics.Correct(rowGroup, index, min, max);
        }
    }

    public override ParquetColumn Snapshot()
    {
        var values = ArrayPool<T>.Shared.Rent(Math.Max(Count, 1));
        var nulls = Field.Nullable ? ArrayPool<bool>.Shared.Rent(Math.Max(Count, 1)) : null;
        var nullCount = 0;
        var fromMicros = typeof(T) == typeof(DateTime) ? Reading.LogicalValues.Timestamp(DataField) : null;
        for (var i = 0; i < Count; i++)
        {
            if (nulls is null)
            {
                values[i] = ReadBack(_values[i], fromMicros);
            }
            else if (_nullable[i] is { } present)
            {
                values[i] = ReadBack(present, fromMicros);
                nulls[i] = false;
            }
            else
            {
                values[i] = default;
                nulls[i] = true;
                nullCount++;
            }
        }

        return Column(values, nulls, nullCount);
    }

    /// <summary>
    /// A value as the file gives it back: a timestamp as the microseconds it is stored as (<see cref="TimestampStatistics.MicrosOf"/>)
    /// read as the reader reads them (<paramref name="fromMicros"/>, <see cref="Reading.LogicalValues.Timestamp"/>: UTC); a
    /// decimal at the column's scale (1.5 in a scale-2 column reads as 1.50); any other value as it is.
    /// </summary>
    private T ReadBack(T value, Func<long, DateTime>? fromMicros)
    {
        if (typeof(T) == typeof(DateTime))
        {
            var stored = fromMicros!(TimestampStatistics.MicrosOf(Unsafe.As<T, DateTime>(ref value)));
            return Unsafe.As<DateTime, T>(ref stored);
        }

        if (typeof(T) == typeof(decimal))
        {
            var scaled = Unsafe.As<T, decimal>(ref value) + new decimal(0, 0, 0, false, (byte)Field.Scale);
            return Unsafe.As<decimal, T>(ref scaled);
        }

        return value;
    }

    public override void Dispose()
    {
        Return(ref _values);
        Return(ref _nullable);
    }

    private (DateTime? Min, DateTime? Max) TimestampRange()
    {
        DateTime? min = null, max = null;
        for (var i = 0; i < Count; i++)
        {
            T value;
            if (!Field.Nullable)
            {
                value = _values[i];
            }
            else if (_nullable[i] is { } present)
            {
                value = present;
            }
            else
            {
                continue;
            }

            var t = TimestampStatistics.Utc(Unsafe.As<T, DateTime>(ref value));
            min = min is null || t < min ? t : min;
            max = max is null || t > max ? t : max;
        }

        return (min, max);
    }

    protected override void AppendNull()
    {
        Grow(ref _nullable);
        _nullable[Count] = null;
    }

    protected override void AppendValue(object value)
    {
        var typed = convert(value);
        if (Field.Nullable)
        {
            Grow(ref _nullable);
            _nullable[Count] = typed;
        }
        else
        {
            Grow(ref _values);
            _values[Count] = typed;
        }

        Bytes += width;
    }
}
