namespace Lakehouse.Core.Parquet.Writing;

/// <summary>A decimal at its column's scale: rounded half away from zero, within the column's precision.</summary>
internal static class DecimalValue
{
    private static readonly decimal[] Limits = [.. Enumerable.Range(0, 19).Select(p => Enumerable.Repeat(10m, p).Aggregate(1m, (a, b) => a * b))];

    /// <exception cref="ArgumentException">More integer digits than precision minus scale allows; names the column, not the value.</exception>
    public static decimal Scaled(decimal value, ParquetField field)
    {
        var rounded = decimal.Round(value, field.Scale, MidpointRounding.AwayFromZero);
        var integerLimit = Limits[field.Precision - field.Scale];
        if (rounded >= integerLimit || rounded <= -integerLimit)
        {
            throw new ArgumentException($"Column '{field.Name}': a value does not fit DECIMAL({field.Precision},{field.Scale}).");
        }

        return rounded;
    }
}
