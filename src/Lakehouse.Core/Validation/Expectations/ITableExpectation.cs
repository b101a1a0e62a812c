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

    /// <summary>
    /// What was observed, for the quality report ("8,365 rows", "0.12 % null"), once <see cref="FinishAsync"/> has run;
    /// counts and aggregates only, never a value of a row. Empty when the expectation does not say.
    /// </summary>
    string Observed => "";

    /// <summary>What the expectation requires ("between 1 and 2,000,000 rows"), for the quality report; empty when not said.</summary>
    string Expected => "";

    /// <summary>
    /// Called after each row group has been observed: an expectation that consults the warehouse (referential integrity)
    /// checks what it gathered so far, so that it never holds a whole file's values. Does nothing by default.
    /// </summary>
    ValueTask AfterRowGroupAsync(ExpectationContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// Whether the expectation consults the loaded warehouse (referential integrity): a file with such an expectation is
    /// validated at its load turn, once what it refers to is loaded; any other file as soon as it is transformed
    /// (<see cref="Datasets.DatasetUnit.ValidatesAgainstWarehouse"/>). False by default.
    /// </summary>
    bool ConsultsWarehouse => false;

    /// <summary>The finding when the expectation failed, else null.</summary>
    ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken);
}
