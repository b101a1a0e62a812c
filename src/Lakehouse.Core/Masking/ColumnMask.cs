using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Masking;

/// <summary>
/// The masking rule of one column: its <see cref="MaskAction"/>, the pseudonym domain (columns holding the same
/// identifier in different datasets share one so their pseudonyms join) and, for <see cref="MaskAction.Generalize"/>,
/// how many leading characters of a text value survive (a timestamp or date is truncated to its month).
/// </summary>
public sealed record ColumnMask(MaskAction Action, string? Domain = null, int KeepPrefix = 0)
{
    /// <summary>Copy as is.</summary>
    public static ColumnMask Keep { get; } = new(MaskAction.Keep);
}
