using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary>
/// <c>column_order</c>: the source header listed the declared columns in the declared order (extra columns aside).
/// The transform maps columns by name, so another order loads fine; it is reported because it often announces an
/// export change. Reads <c>lakehouse.source_columns</c>, which the transform writes into the silver file.
/// </summary>
public sealed class ColumnOrder(FindingSeverity severity) : ITableExpectation
{
    /// <summary>Silver file metadata key: the source header's column names, comma separated.</summary>
    public const string MetadataKey = "lakehouse.source_columns";

    /// <inheritdoc />
    public string Kind => "column_order";

    /// <inheritdoc />
    public FindingSeverity Severity => severity;

    /// <inheritdoc />
    public void Observe(ParquetRowGroup rowGroup)
    {
        // Decided on the header alone.
    }

    /// <inheritdoc />
    public string Expected => "the declared column order";

    /// <inheritdoc />
    public ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.FileMetadata.TryGetValue(MetadataKey, out var header))
        {
            return ValueTask.FromResult<Finding?>(null); // written before the header was recorded
        }

        var declared = context.Dataset.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var order = header.Split(',').Where(declared.Contains);
        return ValueTask.FromResult(order.SequenceEqual(context.Dataset.Columns.Select(c => c.Name)) ? null
            : new Finding(Kind, null, Severity, 0, [], $"the header lists the columns of {context.Dataset.SchemaId} in another order"));
    }
}
