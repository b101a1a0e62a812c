using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary>
/// <c>referential_integrity</c>: every distinct value of a column exists in a loaded warehouse table. Files may
/// arrive in any order (items before their orders), so Olist declares it as a warning: the load keeps such rows on
/// the unknown member until the parent arrives.
/// </summary>
public sealed class ReferentialIntegrity(DatasetDefinition dataset, string column, string table, string tableColumn, FindingSeverity severity) : ITableExpectation, IColumnExpectation
{
    /// <inheritdoc />
    public string Column => column;

    private readonly int _ordinal = dataset.Ordinal(column);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private long _missing;

    /// <inheritdoc />
    public string Kind => "referential_integrity";

    /// <inheritdoc />
    public FindingSeverity Severity => severity;

    /// <inheritdoc />
    public void Observe(ParquetRowGroup rowGroup)
    {
        ArgumentNullException.ThrowIfNull(rowGroup);
        var column = rowGroup.Column<ReadOnlyMemory<char>>(_ordinal);
        var keys = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var r = 0; r < column.RowCount; r++)
        {
            if (!column.IsNull(r))
            {
                keys.Add(column[r].Span); // allocates a string only for a key not seen yet
            }
        }
    }

    /// <inheritdoc />
    public string Observed => $"{_missing:N0} of {_keys.Count:N0} distinct value(s) missing";

    /// <inheritdoc />
    public string Expected => $"every value in {table}.{tableColumn}";

    /// <inheritdoc />
    public async ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_keys.Count == 0)
        {
            return null;
        }

        var missing = _missing = await context.References.CountMissingAsync(table, tableColumn, _keys, cancellationToken);
        return missing == 0 ? null
            : new Finding(Kind, column, Severity, missing, [], $"{missing} of {_keys.Count} distinct value(s) not (yet) in {table}.{tableColumn}");
    }
}
