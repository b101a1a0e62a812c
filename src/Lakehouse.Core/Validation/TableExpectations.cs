using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation;

/// <summary>
/// Table-level expectations evaluated over a silver file: schema id, column set, row count, key uniqueness, not-null
/// on required columns and the quarantined fraction. Each returns a finding only when it fails.
/// </summary>
public static class TableExpectations
{
    /// <summary>Evaluates the expectations; <paramref name="silver"/> is a seekable Parquet stream.</summary>
    public static IEnumerable<Finding> Evaluate(DatasetDefinition dataset, Stream silver, long rowsRead, long rowsQuarantined, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        using var reader = ParquetReader.Open(silver);
        var findings = new List<Finding>();
        if (!reader.Metadata.TryGetValue("lakehouse.schema_id", out var schemaId) || schemaId != dataset.SchemaId)
        {
            findings.Add(Critical("schema_id", null, 0, $"silver file declares schema '{schemaId ?? "(none)"}', expected '{dataset.SchemaId}'"));
        }

        var names = reader.Schema.Fields.Select(f => f.Name).ToArray();
        if (!names.SequenceEqual(dataset.Columns.Select(c => c.Name)))
        {
            findings.Add(Critical("column_set", null, 0, $"silver columns differ from {dataset.SchemaId}"));
            return findings;
        }

        if (reader.RowCount == 0)
        {
            findings.Add(Critical("row_count_min", null, 0, "no valid row: at least 1 expected"));
        }

        if (rowsRead > 0 && (double)rowsQuarantined / rowsRead > options.MaxQuarantinedFraction)
        {
            findings.Add(Critical("quarantined_fraction", null, rowsQuarantined,
                $"{rowsQuarantined} of {rowsRead} rows quarantined, more than the allowed fraction {options.MaxQuarantinedFraction:0.##}"));
        }

        findings.AddRange(ScanRows(dataset, reader));
        return findings;
    }

    private static IEnumerable<Finding> ScanRows(DatasetDefinition dataset, ParquetReader reader)
    {
        var keyColumns = dataset.Key.Select(dataset.Ordinal).ToArray();
        var required = dataset.Columns.Select((c, i) => (c, i)).Where(x => x.c.Required).Select(x => x.i).ToArray();
        var nulls = new long[dataset.Columns.Count];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        long duplicates = 0;
        foreach (var row in reader.ReadRows())
        {
            foreach (var i in required)
            {
                if (row[i] is null)
                {
                    nulls[i]++;
                }
            }

            if (keyColumns.Length == 0)
            {
                continue; // a dataset without a key (geolocation) may repeat rows
            }

            var key = string.Join('\u001f', keyColumns.Select(k => Convert.ToString(row[k], System.Globalization.CultureInfo.InvariantCulture)));
            if (!keys.Add(key))
            {
                duplicates++;
            }
        }

        if (duplicates > 0)
        {
            yield return Critical("unique_key", string.Join(",", dataset.Key), duplicates, $"{duplicates} duplicate key(s) in silver");
        }

        foreach (var i in required.Where(i => nulls[i] > 0))
        {
            yield return Critical("not_null", dataset.Columns[i].Name, nulls[i], $"{nulls[i]} null value(s) in required column '{dataset.Columns[i].Name}'");
        }
    }

    private static Finding Critical(string expectation, string? column, long failed, string message) =>
        new(expectation, column, FindingSeverity.Critical, failed, [], message);
}
