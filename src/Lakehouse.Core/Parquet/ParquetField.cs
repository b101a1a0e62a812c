namespace Lakehouse.Core.Parquet;

/// <summary>A column of a flat Parquet schema.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Type">Column type.</param>
/// <param name="Nullable">OPTIONAL (nulls allowed) when true, REQUIRED when false.</param>
/// <param name="Precision">Total decimal digits; only for <see cref="ParquetType.Decimal"/> (1 to 18 when writing).</param>
/// <param name="Scale">Digits after the decimal point; only for <see cref="ParquetType.Decimal"/> (0 to precision).</param>
public sealed record ParquetField(string Name, ParquetType Type, bool Nullable = true, int Precision = 18, int Scale = 2);
