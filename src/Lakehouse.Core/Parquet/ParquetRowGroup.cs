namespace Lakehouse.Core.Parquet;

/// <summary>One row group read column-wise by <see cref="ParquetFileReader.ReadRowGroupAsync(int, IReadOnlySet{int}?, CancellationToken)"/>; dispose it to return its buffers.</summary>
public sealed class ParquetRowGroup : IDisposable
{
    internal ParquetRowGroup(int index, int rowCount, IReadOnlyList<ParquetColumn> columns)
    {
        Index = index;
        RowCount = rowCount;
        Columns = columns;
    }

    /// <summary>Zero-based position of the row group in the file.</summary>
    public int Index { get; }

    public int RowCount { get; }

    /// <summary>The columns in schema order.</summary>
    public IReadOnlyList<ParquetColumn> Columns { get; }

    /// <summary>Column <paramref name="index"/> as <see cref="ParquetColumn{T}"/>.</summary>
    /// <exception cref="InvalidOperationException">The column holds another type.</exception>
    public ParquetColumn<T> Column<T>(int index)
        where T : struct =>
        Columns[index] as ParquetColumn<T>
            ?? throw new InvalidOperationException(Columns[index] is UnreadColumn
                ? $"Column '{Columns[index].Field.Name}' was not read."
                : $"Column '{Columns[index].Field.Name}' is {Columns[index].Field.Type}, not {typeof(T).Name}.");

    public void Dispose()
    {
        foreach (var column in Columns)
        {
            column.Dispose();
        }
    }
}
