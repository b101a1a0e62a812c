using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FluentValidation;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Masking;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Transform;

/// <summary>
/// The transform stage's core, free of storage: reads a CSV (optionally gzip-compressed), parses and validates each
/// record, masks personal columns, and streams good rows to the silver writer and failed rows to the quarantine
/// writer. Memory is bounded by the writers' row groups plus the set of keys seen (for the uniqueness rule).
/// </summary>
public sealed class CsvToParquet
{
    private readonly ColumnMasker _masker;

    /// <summary>Creates the stage core; each dataset's masking rules come from its unit (<see cref="DatasetUnit.Masks"/>).</summary>
    public CsvToParquet(Pseudonymizer pseudonymizer) => _masker = new ColumnMasker(pseudonymizer);

    /// <summary>
    /// Runs the transform of a CSV object of <paramref name="unit"/>'s dataset (its row rules and masking). <paramref name="quarantine"/>
    /// is created on the first failed row only.
    /// </summary>
    public async Task<TransformCounts> RunAsync(Stream source, string objectKey, DatasetUnit unit, ParquetFileWriter silver,
        Func<ParquetFileWriter> quarantine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(unit);
        var dataset = unit.Definition;
        ArgumentNullException.ThrowIfNull(silver);
        ArgumentNullException.ThrowIfNull(quarantine);
        var encoding = DetectEncoding(source, objectKey);
        using var text = new StreamReader(MaybeGunzip(source), encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var csv = new CsvReader(text);
        var (map, header, extra) = ReadHeader(csv, objectKey, dataset);
        var run = new RunState(this, objectKey, unit, dataset, map, header.Length, silver, quarantine);
        try
        {
            for (var record = csv.Read(); record is not null; record = csv.Read())
            {
                await run.ProcessAsync(record, cancellationToken);
            }
        }
        catch (FormatException e)
        {
            throw new DatasetFormatException(objectKey, "csv_quoting", e.Message, e);
        }

        var counts = run.Counts();
        List<Finding> notes = [];
        if (encoding is not null)
        {
            notes.Add(new Finding("encoding", null, FindingSeverity.Warning, 0, [],
                "the file is not UTF-8: read as Windows-1252 (Latin-1), the encoding spreadsheets and ERPs export, and stored as UTF-8"));
        }

        if (extra.Count > 0)
        {
            notes.Add(new Finding("schema_drift", string.Join(",", extra), FindingSeverity.Warning, 0, [],
                $"line 1: column(s) {Quoted(extra)} are not part of dataset '{dataset.Name}' ({dataset.SchemaId}); accepted by its policy and not stored"));
        }

        return (notes.Count == 0 ? counts : counts with { Findings = [.. notes, .. counts.Findings] }) with { SourceColumns = header };
    }

    /// <summary>The source's encoding (<see cref="SourceEncoding"/>); the stream is rewound after the look.</summary>
    private static Encoding? DetectEncoding(Stream source, string objectKey)
    {
        var start = source.Position;
        var probe = MaybeGunzip(source);
        try
        {
            return SourceEncoding.Detect(probe, objectKey);
        }
        finally
        {
            if (!ReferenceEquals(probe, source))
            {
                probe.Dispose();
            }

            source.Position = start;
        }
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));

    private static Stream MaybeGunzip(Stream source)
    {
        if (!source.CanSeek)
        {
            throw new ArgumentException("The source stream must be seekable (the transformer stages bronze objects in a temporary file).", nameof(source));
        }

        Span<byte> magic = stackalloc byte[2];
        var start = source.Position;
        var read = source.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        source.Position = start;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(source, CompressionMode.Decompress, leaveOpen: true) : source;
    }

    private static (int[] Map, string[] Header, IReadOnlyList<string> Extra) ReadHeader(CsvReader csv, string objectKey, DatasetDefinition dataset)
    {
        CsvRecord? header;
        try
        {
            header = csv.Read();
        }
        catch (FormatException e)
        {
            throw new DatasetFormatException(objectKey, "csv_quoting", e.Message, e);
        }

        if (header is null || header.Fields.Count == 0 || (header.Fields.Count == 1 && header.Fields[0].Length == 0))
        {
            throw new DatasetFormatException(objectKey, "header", "the file is empty: no header row");
        }

        var names = header.Fields.Select(name => name.Trim().TrimStart('\uFEFF')).ToArray();
        var positions = names.Select((name, i) => (name, i))
            .GroupBy(x => x.name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var map = new int[dataset.Columns.Count];
        var missing = new List<string>();
        for (var c = 0; c < map.Length; c++)
        {
            map[c] = positions.GetValueOrDefault(dataset.Columns[c].Name, -1);
            if (map[c] < 0)
            {
                missing.Add(dataset.Columns[c].Name);
            }
        }

        if (missing.Count > 0)
        {
            throw new DatasetFormatException(objectKey, "column_set",
                $"line 1: the header lacks column(s) {Quoted(missing)} of dataset '{dataset.Name}' ({dataset.SchemaId})");
        }

        // Schema drift: a column the dataset does not declare. Rejected unless the dataset's policy accepts extra columns
        // (they are then ignored, with a finding): a new column may carry personal data no masking rule covers yet.
        var extra = names.Where(n => n.Length > 0 && dataset.IndexOf(n) < 0).Distinct(StringComparer.Ordinal).ToList();
        if (extra.Count > 0 && !dataset.AcceptsExtraColumns)
        {
            throw new DatasetFormatException(objectKey, "schema_drift",
                $"line 1: column(s) {Quoted(extra)} are not part of dataset '{dataset.Name}' ({dataset.SchemaId}): schema drift; a new column needs its schema version and masking rule first");
        }

        return (map, names, extra);
    }

    private sealed class RunState(
        CsvToParquet owner, string objectKey, DatasetUnit unit, DatasetDefinition dataset, int[] map, int headerCount, ParquetFileWriter silver, Func<ParquetFileWriter> openQuarantine)
    {
        private readonly RowValidator _validator = unit.RowRules;
        private readonly IReadOnlyList<ColumnMask> _masks = unit.Masks;
        private readonly FindingCollector _findings = new();
        private readonly KeySet _keys = new();
        private readonly int[] _keyColumns = [.. dataset.Key.Select(dataset.Ordinal)];
        private readonly object?[] _values = new object?[dataset.Columns.Count];
        private readonly List<(string Rule, string? Column, string Reason)> _errors = [];
        private ParquetFileWriter? _quarantine;
        private long _read;
        private long _written;
        private long _quarantined;

        public async ValueTask ProcessAsync(CsvRecord record, CancellationToken cancellationToken)
        {
            if (record.Fields.Count == 1 && record.Fields[0].Length == 0)
            {
                return; // a blank line is not a record
            }

            _read++;
            _errors.Clear();
            if (record.Fields.Count != headerCount)
            {
                _errors.Add(("column_count", null, $"row has {record.Fields.Count} fields, the header has {headerCount}"));
                await QuarantineAsync(record, shapeOk: false, cancellationToken);
                return;
            }

            Parse(record);
            if (_errors.Count == 0)
            {
                Validate(record);
            }

            if (_errors.Count == 0 && _keyColumns.Length > 0 && !_keys.AddRow(_values, _keyColumns))
            {
                _errors.Add(("unique_key", string.Join(",", dataset.Key), $"duplicate key ({string.Join(", ", dataset.Key)}): an earlier row has the same key"));
            }

            if (_errors.Count > 0)
            {
                await QuarantineAsync(record, shapeOk: true, cancellationToken);
                return;
            }

            Mask();
            await silver.WriteRowAsync(_values, cancellationToken);
            _written++;
        }

        public TransformCounts Counts() => new(_read, _written, _quarantined, _findings.ToFindings());

        private void Parse(CsvRecord record)
        {
            for (var c = 0; c < map.Length; c++)
            {
                var column = dataset.Columns[c];
                if (!FieldParser.TryParse(column, record.Fields[map[c]], out var value, out var error))
                {
                    _errors.Add((error!.Rule, column.Name, error.Reason));
                }

                _values[c] = value;
            }
        }

        private void Validate(CsvRecord record)
        {
            foreach (var failure in _validator.Check(_values, record.Number, record.Line))
            {
                if (failure.Severity == FluentValidation.Severity.Error)
                {
                    _errors.Add((failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
                }
                else
                {
                    _findings.Add(failure.ErrorCode, failure.PropertyName, FindingSeverity.Warning, record.Number, failure.ErrorMessage);
                }
            }
        }

        private void Mask()
        {
            for (var c = 0; c < _values.Length; c++)
            {
                _values[c] = owner._masker.Apply(_masks[c], _values[c]);
            }
        }

        private async ValueTask QuarantineAsync(CsvRecord record, bool shapeOk, CancellationToken cancellationToken)
        {
            foreach (var (rule, column, reason) in _errors)
            {
                _findings.Add(rule, column, FindingSeverity.Error, record.Number, reason);
            }

            _quarantine ??= openQuarantine();
            await _quarantine.WriteRowAsync(new object?[]
            {
                objectKey, record.Number, record.Line,
                string.Join(";", _errors.Select(e => e.Rule).Distinct()),
                string.Join("; ", _errors.Select(e => e.Reason)),
                shapeOk ? MaskedJson(record) : null,
            }, cancellationToken);
            _quarantined++;
        }

        private string MaskedJson(CsvRecord record)
        {
            var fields = new Dictionary<string, string?>(dataset.Columns.Count, StringComparer.Ordinal);
            for (var c = 0; c < map.Length; c++)
            {
                // Raw text of a failed row: a typed generalisation (date to month) cannot apply, so the field is redacted.
                var mask = _masks[c] is { Action: MaskAction.Generalize } g && dataset.Columns[c].Kind != ColumnKind.String
                    ? new ColumnMask(MaskAction.Redact)
                    : _masks[c];
                fields[dataset.Columns[c].Name] = (string?)owner._masker.Apply(mask, record.Fields[map[c]]);
            }

            return JsonSerializer.Serialize(fields);
        }
    }
}
