using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary>Sum and count of a numeric column's non-null values (decimal, integer or floating point).</summary>
internal sealed class NumericSum(int ordinal)
{
    public double Sum { get; private set; }

    public long Count { get; private set; }

    public void Observe(ParquetRowGroup rowGroup)
    {
        switch (rowGroup.Columns[ordinal])
        {
            case ParquetColumn<decimal> c:
                Add(c, static v => (double)v);
                break;
            case ParquetColumn<int> c:
                Add(c, static v => v);
                break;
            case ParquetColumn<long> c:
                Add(c, static v => v);
                break;
            case ParquetColumn<double> c:
                Add(c, static v => v);
                break;
            case ParquetColumn<float> c:
                Add(c, static v => v);
                break;
            case var c:
                throw new InvalidOperationException($"Column '{c.Field.Name}' ({c.Field.Type}) is not numeric.");
        }
    }

    private void Add<T>(ParquetColumn<T> column, Func<T, double> toDouble)
        where T : struct
    {
        var values = column.Values;
        for (var r = 0; r < values.Length; r++)
        {
            if (!column.IsNull(r))
            {
                Sum += toDouble(values[r]);
                Count++;
            }
        }
    }
}
