using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Datasets;

/// <summary>What a <see cref="RowParser"/> made of one bronze object.</summary>
/// <param name="Rows">Typed rows in the dataset's column order (values as the Parquet writer takes them).</param>
/// <param name="Read">Rows of the object that count (e.g. inside the asked window), valid or not.</param>
/// <param name="Findings">Findings of the parser's own rules; rows failing an Error rule are not in <paramref name="Rows"/>.</param>
/// <remarks>The transform numbers the rows 1, 2, … in this order in the findings of the dataset's row rules.</remarks>
public sealed record ParsedRows(IReadOnlyList<object?[]> Rows, long Read, IReadOnlyList<Finding> Findings)
{
    /// <summary>Rows the parser left out.</summary>
    public long Rejected => Read - Rows.Count;
}
