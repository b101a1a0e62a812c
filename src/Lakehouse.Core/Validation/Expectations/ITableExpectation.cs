using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary>
/// A declared table-level expectation over a silver file. The validate stage streams the file once, one row group
/// at a time, through <see cref="Observe"/>; <see cref="FinishAsync"/> then decides. Findings name columns and
/// counts, never values.
/// </summary>
public interface ITableExpectation
{
    /// <summary>The expectation kind as written to the report (<c>null_fraction</c>, <c>mean_range</c>, …).</summary>
    string Kind { get; }

    /// <summary>What a failure means for the object.</summary>
    FindingSeverity Severity { get; }

    /// <summary>Sees one row group, read column-wise (typed columns in declared order).</summary>
    void Observe(ParquetRowGroup rowGroup);

    /// <summary>The finding when the expectation failed, else null.</summary>
    ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken);
}
