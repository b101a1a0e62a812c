using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Transform;

/// <summary>Counts and row-level findings of one <see cref="CsvToParquet"/> run.</summary>
public sealed record TransformCounts(long RowsRead, long RowsWritten, long RowsQuarantined, IReadOnlyList<Finding> Findings)
{
    /// <summary>The source header's column names in file order (BOM and surrounding spaces removed).</summary>
    public IReadOnlyList<string> SourceColumns { get; init; } = [];
}
