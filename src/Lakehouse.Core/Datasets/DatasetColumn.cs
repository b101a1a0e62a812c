namespace Lakehouse.Core.Datasets;

/// <summary>One declared column of a dataset. How it is masked is the masking policy's business (<c>MaskingPolicy</c>).</summary>
/// <param name="Name">Header name in the source CSV and column name in silver.</param>
/// <param name="Kind">Typed form.</param>
/// <param name="Required">When true an empty field fails the row (rule <c>not_null</c>).</param>
public sealed record DatasetColumn(
    string Name,
    ColumnKind Kind,
    bool Required = true)
{
    /// <summary>Digits after the decimal point for <see cref="ColumnKind.Decimal"/> columns.</summary>
    public int Scale { get; init; } = 2;

    /// <summary>Total digits for <see cref="ColumnKind.Decimal"/> columns (at most 18).</summary>
    public int Precision { get; init; } = 12;

    /// <summary>
    /// Whether the text values repeat across a file (ids of a few thousand products or sellers, statuses, states,
    /// cities, categories, zip prefixes): silver dictionary-encodes such columns (<c>SilverSchemas.DictionaryColumns</c>).
    /// Ids that are unique or repeat only on adjacent rows (an order's items) are better left plain.
    /// </summary>
    public bool Repeats { get; init; }

    /// <summary>
    /// When positive, an all-digit text value shorter than this is left-padded with zeros (zip prefixes written as
    /// numbers lose their leading zero: <c>4195</c> is <c>04195</c>). 0 (default) leaves text as is.
    /// </summary>
    public int ZeroPadTo { get; init; }
}
