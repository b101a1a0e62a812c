using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Validation.Expectations;

namespace Lakehouse.Core.Validation;

/// <summary>
/// Table-level expectations evaluated over a silver file: the built-in ones (schema id, column set, row count,
/// quarantined fraction, key uniqueness — compound keys included —, not-null on required columns, the row-count
/// anomaly against the dataset's history) and the declared ones of the dataset (<see cref="DatasetUnit.CreateTableExpectations"/>).
/// The file is read once, one row group at a time, column-wise into typed arrays, and its <see cref="ColumnMetrics"/> are
/// computed in the same pass. Every expectation yields a result, met or not.
/// </summary>
public static class TableExpectations
{
    /// <summary>
    /// Evaluates the expectations; <paramref name="silver"/> is a seekable Parquet stream. <paramref name="context"/>'s
    /// file metadata is replaced by the file's own. With <paramref name="observed"/> — the file's row groups as its writer
    /// wrote them (<see cref="TableObservation"/>), for these same expectations — only the footer is read, provided its row
    /// and row-group counts are the observation's; otherwise every row group is read back.
    /// </summary>
    public static async Task<TableEvaluation> EvaluateAsync(
        Stream silver, ExpectationContext context, IReadOnlyList<ITableExpectation> declared, ValidationOptions options, CancellationToken cancellationToken,
        TableObservation? observed = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(options);
        var dataset = context.Dataset;
        await using var reader = await ParquetFileReader.OpenAsync(silver, cancellationToken: cancellationToken);
        var results = new List<ExpectationResult>();
        reader.Metadata.TryGetValue("lakehouse.schema_id", out var schemaId);
        results.Add(Check("schema_id", schemaId == dataset.SchemaId, schemaId ?? "(none)", dataset.SchemaId,
            $"silver file declares schema '{schemaId ?? "(none)"}', expected '{dataset.SchemaId}'"));
        var columnsMatch = reader.Schema.Fields.Select(f => f.Name).SequenceEqual(dataset.Columns.Select(c => c.Name));
        results.Add(Check("column_set", columnsMatch, $"{reader.Schema.Fields.Count} columns", $"the {dataset.Columns.Count} columns of {dataset.SchemaId}",
            $"silver columns differ from {dataset.SchemaId}"));
        if (!columnsMatch)
        {
            return new TableEvaluation(results, []);
        }

        results.Add(RowCountMin(reader.RowCount, context.RowsRead, dataset.MayBeEmpty));
        var fraction = context.RowsRead == 0 ? 0 : (double)context.RowsQuarantined / context.RowsRead;
        results.Add(Check("quarantined_fraction", fraction <= options.MaxQuarantinedFraction, $"{context.RowsQuarantined:N0} of {context.RowsRead:N0} ({fraction:P2})",
            $"at most {options.MaxQuarantinedFraction:P0}", $"{context.RowsQuarantined} of {context.RowsRead} rows quarantined, more than the allowed fraction {options.MaxQuarantinedFraction:0.##}",
            context.RowsQuarantined));

        var scan = observed is not null && observed.RowCount == reader.RowCount && observed.RowGroupCount == reader.RowGroupCount
            && observed.Declared.Select(e => e.Kind).SequenceEqual(declared.Select(e => e.Kind))
            ? observed
            : null;
        if (scan is null)
        {
            scan = TableObservation.ReadingBack(dataset, declared);
            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                using var rowGroup = await reader.ReadRowGroupAsync(group, cancellationToken);
                scan.Observe(rowGroup);
                await AfterRowGroupAsync(scan.Declared, context, cancellationToken);
            }
        }

        results.AddRange(scan.BuiltIn.Results());
        results.Add(await new RowCountAnomaly(options.MaxRowCountChange, options.AnomalyHistory, options.AnomalySeverity)
            .EvaluateAsync(reader.RowCount, context, cancellationToken));
        results.AddRange(await FinishAsync(scan.Declared, context with { FileMetadata = reader.Metadata }, cancellationToken));
        return new TableEvaluation(results, scan.Metrics.Result());
    }

    /// <summary>
    /// Evaluates expectations that consult the warehouse (<see cref="ITableExpectation.ConsultsWarehouse"/>: referential
    /// integrity) on their own, after <see cref="EvaluateAsync"/> has checked the file without them: a run validates a
    /// file as soon as it is transformed and only this part at its load turn, once what it refers to is loaded. Reads
    /// only the columns the expectations watch (<see cref="IColumnExpectation"/>; every column if one does not say). A file
    /// whose columns are not the dataset's gets no result here: the first part already failed it (<c>column_set</c>).
    /// </summary>
    public static async Task<IReadOnlyList<ExpectationResult>> EvaluateReferencesAsync(
        Stream silver, ExpectationContext context, IReadOnlyList<ITableExpectation> declared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(declared);
        var dataset = context.Dataset;
        await using var reader = await ParquetFileReader.OpenAsync(silver, cancellationToken: cancellationToken);
        if (declared.Count == 0 || !reader.Schema.Fields.Select(f => f.Name).SequenceEqual(dataset.Columns.Select(c => c.Name)))
        {
            return [];
        }

        IReadOnlySet<int>? columns = declared.All(e => e is IColumnExpectation)
            ? declared.Select(e => dataset.Ordinal(((IColumnExpectation)e).Column)).ToHashSet()
            : null;
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = await reader.ReadRowGroupAsync(group, columns, cancellationToken);
            await ObserveAsync(declared, rowGroup, context, cancellationToken);
        }

        return await FinishAsync(declared, context with { FileMetadata = reader.Metadata }, cancellationToken);
    }

    /// <summary>
    /// Evaluates expectations that consult the warehouse on the object's rows staged by its load (<see cref="IStagedReferenceLookup"/>),
    /// the silver file not read again: a run checks references inside the load's transaction, where the rows already are.
    /// </summary>
    /// <exception cref="InvalidOperationException">An expectation cannot be evaluated on staged rows (not an <see cref="IStagedExpectation"/>).</exception>
    public static async Task<IReadOnlyList<ExpectationResult>> EvaluateStagedAsync(
        ExpectationContext context, IReadOnlyList<ITableExpectation> declared, IStagedReferenceLookup staged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(declared);
        foreach (var expectation in declared)
        {
            var onStaged = expectation as IStagedExpectation
                ?? throw new InvalidOperationException($"Expectation '{expectation.Kind}' of {context.Dataset.Name} consults the warehouse but cannot be evaluated on staged rows.");
            await onStaged.ObserveStagedAsync(staged, cancellationToken);
        }

        return await FinishAsync(declared, context, cancellationToken);
    }

    /// <summary>Shows one row group to each declared expectation, then lets each check what it gathered.</summary>
    private static async Task ObserveAsync(IReadOnlyList<ITableExpectation> declared, ParquetRowGroup rowGroup, ExpectationContext context, CancellationToken cancellationToken)
    {
        foreach (var expectation in declared)
        {
            expectation.Observe(rowGroup);
        }

        await AfterRowGroupAsync(declared, context, cancellationToken);
    }

    /// <summary>After a row group: each declared expectation checks what it gathered (those that consult the warehouse).</summary>
    private static async Task AfterRowGroupAsync(IReadOnlyList<ITableExpectation> declared, ExpectationContext context, CancellationToken cancellationToken)
    {
        foreach (var expectation in declared)
        {
            await expectation.AfterRowGroupAsync(context, cancellationToken);
        }
    }

    /// <summary>A result for each declared expectation, met or not, once the whole file has been observed.</summary>
    private static async Task<List<ExpectationResult>> FinishAsync(IReadOnlyList<ITableExpectation> declared, ExpectationContext context, CancellationToken cancellationToken)
    {
        var results = new List<ExpectationResult>(declared.Count);
        foreach (var expectation in declared)
        {
            var finding = await expectation.FinishAsync(context, cancellationToken);
            results.Add(finding is null
                ? ExpectationResult.Met(expectation.Kind, Column(expectation), expectation.Severity, expectation.Observed, expectation.Expected)
                : ExpectationResult.Failed(finding, expectation.Observed, expectation.Expected));
        }

        return results;
    }

    /// <summary>
    /// At least one valid row — unless the file had none to begin with: a header-only file is a day without new rows, which
    /// must not break a nightly job, so it passes with a warning. Rows that were all quarantined fail (critical).
    /// </summary>
    private static ExpectationResult RowCountMin(long rows, long rowsRead, bool mayBeEmpty)
    {
        if (mayBeEmpty)
        {
            // An API answer for a window without data (a weekend, a month not yet published) is an answer.
            return Check("row_count_min", true, $"{rows:N0} rows", "any number of rows (an empty answer is an answer)", "");
        }

        if (rows == 0 && rowsRead == 0)
        {
            return ExpectationResult.Failed(
                new Finding("row_count_min", null, FindingSeverity.Warning, 0, [], "header only: the file has no data rows (accepted: nothing to load)"),
                "0 rows (header only)", "at least 1 row");
        }

        return Check("row_count_min", rows > 0, $"{rows:N0} rows", "at least 1 row", "no valid row: at least 1 expected");
    }

    private static ExpectationResult Check(string expectation, bool passed, string observed, string expected, string failure, long failedRows = 0) =>
        passed
            ? ExpectationResult.Met(expectation, null, FindingSeverity.Critical, observed, expected)
            : ExpectationResult.Failed(new Finding(expectation, null, FindingSeverity.Critical, failedRows, [], failure), observed, expected);

    /// <summary>The column a declared expectation watches, when it says (for the report of a met expectation).</summary>
    private static string? Column(ITableExpectation expectation) => expectation is IColumnExpectation c ? c.Column : null;
}
