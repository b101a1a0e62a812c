using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation;

/// <summary>The built-in <c>unique_key</c> and <c>not_null</c> (on the required columns) expectations, fed row group by row group.</summary>
internal sealed class BuiltInScan(DatasetDefinition dataset)
{
    private readonly int[] _keyColumns = [.. dataset.Key.Select(dataset.Ordinal)];
    private readonly int[] _required = [.. dataset.Columns.Select((c, i) => (c, i)).Where(x => x.c.Required).Select(x => x.i)];
    private readonly long[] _nulls = new long[dataset.Columns.Count];
    private readonly KeySet _keys = new();
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

        for (var r = 0; r < rowGroup.RowCount; r++)
        {
            // A single text key is hashed as its characters (a null as the empty text), a compound one part by part:
            // no string per row, and the set holds hash bits, not keys (KeySet).
            var added = _keyColumns.Length == 1 && rowGroup.Columns[_keyColumns[0]] is ParquetColumn<ReadOnlyMemory<char>> text
                ? _keys.Add(text.IsNull(r) ? default : text[r].Span)
                : AddCompoundKey(rowGroup, r);
            if (!added)
            {
                _duplicates++;
            }
        }
    }

    public IEnumerable<ExpectationResult> Results()
    {
        if (_keyColumns.Length > 0)
        {
            var key = string.Join(",", dataset.Key);
            yield return _duplicates == 0
                ? ExpectationResult.Met("unique_key", key, FindingSeverity.Critical, $"{_keys.Count:N0} distinct keys", "no duplicate key")
                : ExpectationResult.Failed(new Finding("unique_key", key, FindingSeverity.Critical, _duplicates, [], $"{_duplicates} duplicate key(s) in silver"), $"{_duplicates:N0} duplicate key(s)", "no duplicate key");
        }

        foreach (var i in _required)
        {
            var name = dataset.Columns[i].Name;
            yield return _nulls[i] == 0
                ? ExpectationResult.Met("not_null", name, FindingSeverity.Critical, "0 null", "no null")
                : ExpectationResult.Failed(new Finding("not_null", name, FindingSeverity.Critical, _nulls[i], [], $"{_nulls[i]} null value(s) in required column '{name}'"), $"{_nulls[i]:N0} null", "no null");
        }
    }

    private bool AddCompoundKey(ParquetRowGroup rowGroup, int row)
    {
        foreach (var k in _keyColumns)
        {
            _ = rowGroup.Columns[k] switch
            {
                ParquetColumn<ReadOnlyMemory<char>> text => _keys.Part(text.IsNull(row) ? default : text[row].Span),
                ParquetColumn<int> number when !number.IsNull(row) => _keys.Part(number[row]),
                ParquetColumn<long> number when !number.IsNull(row) => _keys.Part(number[row]),
                var other => _keys.Part(other.GetValue(row)),
            };
        }

        return _keys.AddKey();
    }
}
