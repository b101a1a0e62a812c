using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary>What a table-level expectation may consult besides the rows it observed.</summary>
/// <param name="Dataset">The declared dataset.</param>
/// <param name="FileMetadata">Key-value metadata of the silver file (<c>lakehouse.source_columns</c>, …).</param>
/// <param name="RowsRead">Data rows of the source file.</param>
/// <param name="RowsQuarantined">Source rows the transform quarantined.</param>
/// <param name="RowFindings">The transform's row-level findings.</param>
/// <param name="IngestDate">The object's <c>ingest_date=</c> partition (or registration day), UTC.</param>
/// <param name="References">Key lookups in the loaded warehouse, for referential integrity.</param>
public sealed record ExpectationContext(
    DatasetDefinition Dataset,
    IReadOnlyDictionary<string, string> FileMetadata,
    long RowsRead,
    long RowsQuarantined,
    IReadOnlyList<Finding> RowFindings,
    DateOnly IngestDate,
    IReferenceLookup References)
{
    /// <summary>The dataset's metrics from earlier loads (for anomaly checks); none by default.</summary>
    public IMetricHistory History { get; init; } = NoMetricHistory.Instance;

    /// <summary>The catalog object being validated (its own metrics are not its history).</summary>
    public long ObjectId { get; init; }
}
