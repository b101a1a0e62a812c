using System.Globalization;
using System.Text;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Validation.Expectations;

namespace Lakehouse.Core.Validation;

/// <summary>
/// Table-level expectations evaluated over a silver file: the built-in ones (schema id, column set, row count,
/// quarantined fraction, key uniqueness — compound keys included —, not-null on required columns) and the declared
/// ones of the dataset (<see cref="DatasetUnit.CreateTableExpectations"/>). The file is read once, one row group at a time, column-wise
/// into typed arrays. Each expectation returns a finding only when it fails.
/// </summary>
public static class TableExpectations
{
    /// <summary>
    /// Evaluates the expectations; <paramref name="silver"/> is a seekable Parquet stream. <paramref name="context"/>'s
    /// file metadata is replaced by the file's own.
    /// </summary>
    public static async Task<IReadOnlyList<Finding>> EvaluateAsync(
        Stream silver, ExpectationContext context, IReadOnlyList<ITableExpectation> declared, ValidationOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(options);
        var dataset = context.Dataset;
        await using var reader = await ParquetFileReader.OpenAsync(silver, cancellationToken: cancellationToken);
        var findings = new List<Finding>();
        if (!reader.Metadata.TryGetValue("lakehouse.schema_id", out var schemaId) || schemaId != dataset.SchemaId)
        {
            findings.Add(Critical("schema_id", null, 0, $"silver file declares schema '{schemaId ?? "(none)"}', expected '{dataset.SchemaId}'"));
        }

        if (!reader.Schema.Fields.Select(f => f.Name).SequenceEqual(dataset.Columns.Select(c => c.Name)))
        {
            findings.Add(Critical("column_set", null, 0, $"silver columns differ from {dataset.SchemaId}"));
            return findings;
        }

        if (reader.RowCount == 0 && !dataset.MayBeEmpty)
        {
            findings.Add(Critical("row_count_min", null, 0, "no valid row: at least 1 expected"));
        }

        if (context.RowsRead > 0 && (double)context.RowsQuarantined / context.RowsRead > options.MaxQuarantinedFraction)
        {
            findings.Add(Critical("quarantined_fraction", null, context.RowsQuarantined,
                $"{context.RowsQuarantined} of {context.RowsRead} rows quarantined, more than the allowed fraction {options.MaxQuarantinedFraction:0.##}"));
        }

        var builtIn = new BuiltInScan(dataset);
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = await reader.ReadRowGroupAsync(group, cancellationToken);
            builtIn.Observe(rowGroup);
            foreach (var expectation in declared)
            {
                expectation.Observe(rowGroup);
            }
        }

        findings.AddRange(builtIn.Findings());
        var withFile = context with { FileMetadata = reader.Metadata };
        foreach (var expectation in declared)
        {
            if (await expectation.FinishAsync(withFile, cancellationToken) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private static Finding Critical(string expectation, string? column, long failed, string message) =>
        new(expectation, column, FindingSeverity.Critical, failed, [], message);

    /// <summary>unique_key and not_null on the required columns, fed row group by row group.</summary>
    private sealed class BuiltInScan(DatasetDefinition dataset)
    {
        private readonly int[] _keyColumns = [.. dataset.Key.Select(dataset.Ordinal)];
        private readonly int[] _required = [.. dataset.Columns.Select((c, i) => (c, i)).Where(x => x.c.Required).Select(x => x.i)];
        private readonly long[] _nulls = new long[dataset.Columns.Count];
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private readonly StringBuilder _key = new();
        private long _duplicates;

        public void Observe(ParquetRowGroup rowGroup)
        {
            foreach (var i in _required)
            {
                _nulls[i] += rowGroup.Columns[i].NullCount;
            }

            if (_keyColumns.Length == 0)
            {
                return; // a dataset without a key (geolocation) may repeat rows
            }

            var lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var r = 0; r < rowGroup.RowCount; r++)
            {
                // A single string key is looked up as characters: a string is allocated only for a new key.
                var added = _keyColumns.Length == 1 && rowGroup.Columns[_keyColumns[0]] is ParquetColumn<ReadOnlyMemory<char>> text
                    ? text.IsNull(r) ? _keys.Add("") : lookup.Add(text[r].Span)
                    : _keys.Add(CompoundKey(rowGroup, r));
                if (!added)
                {
                    _duplicates++;
                }
            }
        }

        public IEnumerable<Finding> Findings()
        {
            if (_duplicates > 0)
            {
                yield return Critical("unique_key", string.Join(",", dataset.Key), _duplicates, $"{_duplicates} duplicate key(s) in silver");
            }

            foreach (var i in _required.Where(i => _nulls[i] > 0))
            {
                yield return Critical("not_null", dataset.Columns[i].Name, _nulls[i], $"{_nulls[i]} null value(s) in required column '{dataset.Columns[i].Name}'");
            }
        }

        private string CompoundKey(ParquetRowGroup rowGroup, int row)
        {
            _key.Clear();
            foreach (var k in _keyColumns)
            {
                _key.Append(Convert.ToString(rowGroup.Columns[k].GetValue(row), CultureInfo.InvariantCulture)).Append('\u001f');
            }

            return _key.ToString();
        }
    }
}
