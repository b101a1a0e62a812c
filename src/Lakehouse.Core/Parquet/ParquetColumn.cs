using System.Buffers;

namespace Lakehouse.Core.Parquet;

/// <summary>
/// One column of a row group as read (<see cref="ParquetRowGroup"/>): row-aligned typed values in a pooled array and,
/// for nullable columns, which rows are null. Valid until the row group is disposed.
/// </summary>
public abstract class ParquetColumn : IDisposable
{
    private bool[]? _nulls;

    private protected ParquetColumn(ParquetField field, int rowCount, bool[]? nulls, int nullCount)
    {
        Field = field;
        RowCount = rowCount;
        _nulls = nulls;
        NullCount = nullCount;
    }

    public ParquetField Field { get; }

    public int RowCount { get; }

    public int NullCount { get; }

    /// <summary>Whether row <paramref name="row"/> of this column is null.</summary>
    public bool IsNull(int row) => _nulls is not null && _nulls[row];

    /// <summary>The value of row <paramref name="row"/> boxed (strings as <see cref="string"/>), or null: for inspection, not bulk work.</summary>
    public abstract object? GetValue(int row);

    public void Dispose()
    {
        if (_nulls is not null)
        {
            ArrayPool<bool>.Shared.Return(_nulls);
            _nulls = null;
        }

        Release();
        GC.SuppressFinalize(this);
    }

    private protected abstract void Release();
}

/// <summary>A column left unread (<see cref="ParquetFileReader.ReadRowGroupAsync(int, IReadOnlySet{int}?, CancellationToken)"/>): it holds no value.</summary>
internal sealed class UnreadColumn(ParquetField field, int rowCount) : ParquetColumn(field, rowCount, null, 0)
{
    public override object? GetValue(int row) => throw new InvalidOperationException($"Column '{Field.Name}' was not read.");

    private protected override void Release()
    {
    }
}

/// <summary>A column of <typeparamref name="T"/> values (see <see cref="ParquetType"/> for the CLR type of each column type).</summary>
public sealed class ParquetColumn<T> : ParquetColumn
    where T : struct
{
    private T[] _values;

    internal ParquetColumn(ParquetField field, int rowCount, T[] values, bool[]? nulls, int nullCount)
        : base(field, rowCount, nulls, nullCount) => _values = values;

    /// <summary>Values by row; a null row holds <c>default</c>.</summary>
    public ReadOnlySpan<T> Values => _values.AsSpan(0, RowCount);

    /// <summary>The value of row <paramref name="row"/> (<c>default</c> when null).</summary>
    public T this[int row] => _values[row];

    public override object? GetValue(int row) => IsNull(row) ? null
        : _values[row] is ReadOnlyMemory<char> text ? text.ToString() : _values[row];

    private protected override void Release()
    {
        if (_values.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_values, clearArray: typeof(T) == typeof(ReadOnlyMemory<char>));
            _values = [];
        }
    }
}
