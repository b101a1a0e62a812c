using System.Globalization;
using System.Text.Json;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Masking;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Transform;

/// <summary>
/// The transform stage's core for datasets with their own parser (<see cref="RowParser"/>, e.g. API answers in JSON):
/// the parser's rows then the same steps as for CSV — the dataset's row rules (errors quarantine the row, warnings are
/// reported), key uniqueness, masking — into the silver writer, failed rows into the quarantine writer. Rows the parser
/// itself left out are counted as quarantined and reported by its findings (the raw answer stays in bronze).
/// </summary>
public sealed class ParsedRowsToParquet
{
    private readonly ColumnMasker _masker;

    /// <summary>Creates the stage core.</summary>
    public ParsedRowsToParquet(Pseudonymizer pseudonymizer) => _masker = new ColumnMasker(pseudonymizer);

    /// <summary>Runs the transform of <paramref name="content"/>, the bytes of <paramref name="source"/>; <paramref name="quarantine"/> opens on the first failed row.</summary>
    /// <exception cref="DatasetFormatException">The parser cannot read the object at all.</exception>
    public async Task<TransformCounts> RunAsync(ReadOnlyMemory<byte> content, SourceObject source, DatasetUnit unit, ParquetFileWriter silver,
        Func<ParquetFileWriter> quarantine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(silver);
        ArgumentNullException.ThrowIfNull(quarantine);
        var parser = unit.Format as RowParser ?? throw new ArgumentException($"Dataset '{unit.Name}' has no parser of its own ({unit.Format.Name}).", nameof(unit));
        ParsedRows parsed;
        try
        {
            parsed = parser.Parse(content, source);
        }
        catch (FormatException e)
        {
            throw new DatasetFormatException(source.Key, "format", $"not a {parser.Name}: {e.Message}", e);
        }

        var dataset = unit.Definition;
        var keyColumns = dataset.Key.Select(dataset.Ordinal).ToArray();
        var keys = new KeySet();
        var findings = new FindingCollector();
        ParquetFileWriter? quarantined = null;
        long written = 0, failed = 0;
        for (var i = 0; i < parsed.Rows.Count; i++)
        {
            var values = parsed.Rows[i];
            var errors = Check(unit, values, i + 1, findings);
            if (errors.Count == 0 && keyColumns.Length > 0 && !keys.AddRow(values, keyColumns))
            {
                errors.Add(("unique_key", string.Join(",", dataset.Key), $"duplicate key ({string.Join(", ", dataset.Key)}): an earlier row has the same key"));
            }

            var masked = values.Select((v, c) => _masker.Apply(unit.Masks[c], v)).ToArray();
            if (errors.Count > 0)
            {
                foreach (var (rule, column, reason) in errors)
                {
                    findings.Add(rule, column, FindingSeverity.Error, i + 1, reason);
                }

                quarantined ??= quarantine();
                await quarantined.WriteRowAsync(new object?[]
                {
                    source.Key, (long)(i + 1), (long)(i + 1), string.Join(";", errors.Select(e => e.Rule).Distinct()), string.Join("; ", errors.Select(e => e.Reason)),
                    JsonSerializer.Serialize(dataset.Columns.Select((c, n) => (c.Name, Value: Convert.ToString(masked[n], CultureInfo.InvariantCulture)))
                        .ToDictionary(x => x.Name, x => x.Value, StringComparer.Ordinal)),
                }, cancellationToken);
                failed++;
                continue;
            }

            await silver.WriteRowAsync(masked, cancellationToken);
            written++;
        }

        return new TransformCounts(parsed.Read, written, parsed.Rejected + failed, [.. parsed.Findings, .. findings.ToFindings()]);
    }

    private static List<(string Rule, string? Column, string Reason)> Check(DatasetUnit unit, object?[] values, long number, FindingCollector findings)
    {
        var errors = new List<(string, string?, string)>();
        foreach (var failure in unit.RowRules.Check(values, number, number))
        {
            if (failure.Severity == FluentValidation.Severity.Error)
            {
                errors.Add((failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
            }
            else
            {
                findings.Add(failure.ErrorCode, failure.PropertyName, FindingSeverity.Warning, number, failure.ErrorMessage);
            }
        }

        return errors;
    }
}
