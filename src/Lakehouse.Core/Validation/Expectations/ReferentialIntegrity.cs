using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary>
/// <c>referential_integrity</c>: every distinct value of a column exists in a loaded warehouse table. Files may
/// arrive in any order (items before their orders), so Olist declares it as a warning: the load keeps such rows on
/// the unknown member until the parent arrives. In a run it is counted on the object's staged rows inside its load
/// (<see cref="ObserveStagedAsync"/>); on its own, over the silver file (<see cref="Observe"/>).
/// </summary>
public sealed class ReferentialIntegrity(DatasetDefinition dataset, string column, string table, string tableColumn, FindingSeverity severity) : IStagedExpectation, IColumnExpectation
{
    /// <inheritdoc />
    public string Column => column;

    /// <summary>
    /// New distinct values checked against the warehouse in one query once this many have gathered: about 10 MB of
    /// strings at most, per check (order items run three side by side). Each query scans the referenced table once (a
    /// hash anti-join), so the batch is large: at 50,000 the 10x bench data (1M orders per fact file) took 51 queries
    /// and 26 s of PostgreSQL time; 200,000 took 15 queries and 8.8 s but held up to 18 MB per check at the 10x run's
    /// memory peak (docs/benchmarks.md, run I). A file of the full-scale data (100k orders) is still one query.
    /// </summary>
    public const int BatchSize = 100_000;

    private readonly int _ordinal = dataset.Ordinal(column);
    private readonly KeySet _seen = new(); // every distinct value, as a hash: each is sent once, so the count stays distinct
    private readonly List<string> _batch = []; // distinct values not yet checked
    private long _missing;
    private long? _stagedDistinct; // set when counted on the staged rows

    /// <inheritdoc />
    public string Kind => "referential_integrity";

    /// <inheritdoc />
    public bool ConsultsWarehouse => true;

    /// <inheritdoc />
    public FindingSeverity Severity => severity;

    /// <inheritdoc />
    public void Observe(ParquetRowGroup rowGroup)
    {
        ArgumentNullException.ThrowIfNull(rowGroup);
        var column = rowGroup.Column<ReadOnlyMemory<char>>(_ordinal);
        for (var r = 0; r < column.RowCount; r++)
        {
            if (!column.IsNull(r) && _seen.Add(column[r].Span))
            {
                _batch.Add(column[r].ToString()); // a string only for a value not seen yet, kept until its batch is checked
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask AfterRowGroupAsync(ExpectationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_batch.Count >= BatchSize)
        {
            await CheckBatchAsync(context, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask ObserveStagedAsync(IStagedReferenceLookup staged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staged);
        var (distinct, missing) = await staged.CountMissingAsync(column, table, tableColumn, cancellationToken);
        _stagedDistinct = distinct;
        _missing = missing;
    }

    private long Distinct => _stagedDistinct ?? _seen.Count;

    /// <inheritdoc />
    public string Observed => $"{_missing:N0} of {Distinct:N0} distinct value(s) missing";

    /// <inheritdoc />
    public string Expected => $"every value in {table}.{tableColumn}";

    /// <inheritdoc />
    public async ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await CheckBatchAsync(context, cancellationToken);
        var missing = _missing;
        return missing == 0 ? null
            : new Finding(Kind, column, Severity, missing, [], $"{missing} of {Distinct} distinct value(s) not (yet) in {table}.{tableColumn}");
    }

    private async Task CheckBatchAsync(ExpectationContext context, CancellationToken cancellationToken)
    {
        if (_batch.Count > 0)
        {
            _missing += await context.References.CountMissingAsync(table, tableColumn, _batch, cancellationToken);
            _batch.Clear();
        }
    }
}
