using Lakehouse.Core.Parquet.Encodings;
using Lakehouse.Core.Parquet.Schema;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>A BOOLEAN column: one byte per buffered value, bit-packed when written.</summary>
internal sealed class BooleanColumnWriter(ColumnDescriptor column) : ColumnWriter(column)
{
    private readonly PooledList<byte> _values = new();

    public override long BufferedBytes => (_values.Count + 7) / 8;

    protected override void AppendValue(object value) => _values.Add((bool)value ? (byte)1 : (byte)0);

    protected override void RemoveLastValue() => _values.RemoveLast();

    protected override void WriteValues(ByteBuffer body, int start, int count, bool dictionary) =>
        PlainEncoder.WriteBooleans(_values.Span.Slice(start, count), body);

    protected override Statistics BuildStatistics()
    {
        var values = _values.Span;
        if (values.IsEmpty)
        {
            return new Statistics();
        }

        var hasFalse = values.Contains((byte)0);
        var hasTrue = values.Contains((byte)1);
        return new Statistics
        {
            MinValue = [hasFalse ? (byte)0 : (byte)1],
            MaxValue = [hasTrue ? (byte)1 : (byte)0],
        };
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
}
