using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Transform;

/// <summary>What the transform stage produced for one bronze object.</summary>
/// <param name="SilverKey">Key of the masked Parquet file in the silver bucket.</param>
/// <param name="QuarantineKey">Key of the quarantine Parquet file, or null when no row failed.</param>
/// <param name="RowsRead">Records read from the source (header excluded).</param>
/// <param name="RowsWritten">Rows written to silver.</param>
/// <param name="RowsQuarantined">Rows written to quarantine.</param>
/// <param name="Findings">Row-level expectation results.</param>
public sealed record TransformResult(
    string SilverKey,
    string? QuarantineKey,
    long RowsRead,
    long RowsWritten,
    long RowsQuarantined,
    IReadOnlyList<Finding> Findings);
