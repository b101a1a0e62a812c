using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;

using Lakehouse.Core.Parquet.Encodings;
using Lakehouse.Core.Parquet.Schema;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>A fixed-width numeric column (INT32, INT64, FLOAT, DOUBLE and the DATE/TIMESTAMP/DECIMAL annotations).</summary>
/// <param name="column">The column.</param>
/// <param name="convert">CLR value to physical value; throws <see cref="InvalidCastException"/> on a wrong type.</param>
internal sealed class FixedColumnWriter<T>(ColumnDescriptor column, Func<object, T> convert) : ColumnWriter(column)
    where T : unmanaged, INumber<T>
{
    private readonly PooledList<T> _values = new();

    public override long BufferedBytes => (long)_values.Count * Unsafe.SizeOf<T>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void AppendValue(object value) => _values.Add(convert(value));

    protected override void RemoveLastValue() => _values.RemoveLast();

    protected override void WriteValues(ByteBuffer body, int start, int count, bool dictionary) =>
        PlainEncoder.WriteFixed<T>(_values.Span.Slice(start, count), body);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override Statistics BuildStatistics()
    {
        var statistics = new Statistics();
        var found = false;
        T min = T.Zero, max = T.Zero;
        foreach (var value in _values.Span)
        {
            if (T.IsNaN(value))
            {
                continue; // the format forbids NaN in min/max
            }

            if (!found)
            {
                (min, max, found) = (value, value, true);
            }
            else if (value < min)
            {
                min = value;
            }
            else if (value > max)
            {
                max = value;
            }
        }

        if (found)
        {
            // Signed zeros: readers expect -0.0 as min and +0.0 as max when zero is a bound.
            min = T.IsZero(min) ? -T.Zero : min;
            max = T.IsZero(max) ? T.Zero : max;
            statistics.MinValue = ToBytes(min);
            statistics.MaxValue = ToBytes(max);
        }

        return statistics;
    }

    public override void Reset()
    {
        base.Reset();
        _values.Clear();
    }

    public override void Dispose()
    {
        base.Dispose();
        _values.Dispose();
    }

    private static byte[] ToBytes(T value) => MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)).ToArray();
}
