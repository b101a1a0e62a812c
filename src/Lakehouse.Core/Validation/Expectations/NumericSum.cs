using System.Globalization;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary>Sum and count of a numeric column's non-null values (decimal, integer or floating point).</summary>
internal sealed class NumericSum(int ordinal)
{
    public double Sum { get; private set; }

    public long Count { get; private set; }

    public void Observe(IReadOnlyList<object?[]> columns, int rows)
    {
        var values = columns[ordinal];
        for (var r = 0; r < rows; r++)
        {
            if (values[r] is { } value)
            {
                Sum += value switch
                {
                    decimal d => (double)d,
                    int i => i,
                    long l => l,
                    double x => x,
                    float f => f,
                    _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
                };
                Count++;
            }
        }
    }
}
