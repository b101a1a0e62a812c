using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation;

/// <summary>
/// Computes the <see cref="ColumnMetric"/>s of a silver file in the validate stage's single pass: row count; per column
/// the null fraction; for numeric columns the mean and sum; for text columns that repeat (<see cref="DatasetColumn.Repeats"/>:
/// statuses, states, cities, categories) the distinct count; for date columns the latest date. Ids, which do not repeat, get no distinct count: it would
/// cost a set as large as the file for a figure that equals the row count.
/// </summary>
public sealed class ColumnMetrics(DatasetDefinition dataset)
{
    private readonly long[] _nulls = new long[dataset.Columns.Count];
    private readonly Expectations.NumericSum?[] _sums = [.. dataset.Columns.Select((c, i) => IsNumeric(c.Kind) ? new Expectations.NumericSum(i) : null)];
    private readonly DateOnly?[] _maxDate = new DateOnly?[dataset.Columns.Count];
    private readonly KeySet?[] _distinct = [.. dataset.Columns.Select(c => c.Kind == ColumnKind.String && c.Repeats ? new KeySet() : null)];
    private long _rows;

    /// <summary>
    /// The latest value of a date column, as days since 1970-01-01 (<see cref="DateOfMaxDate"/> turns it back): the
    /// freshness of a collected series or location.
    /// </summary>
    public const string MaxDateMetric = "max_date";

    /// <summary>The date a <see cref="MaxDateMetric"/> value stands for.</summary>
    public static DateOnly DateOfMaxDate(double value) => new DateOnly(1970, 1, 1).AddDays((int)value);

    /// <summary>Sees one row group.</summary>
    public void Observe(ParquetRowGroup rowGroup)
    {
        ArgumentNullException.ThrowIfNull(rowGroup);
        _rows += rowGroup.RowCount;
        for (var i = 0; i < _nulls.Length; i++)
        {
            _nulls[i] += rowGroup.Columns[i].NullCount;
            _sums[i]?.Observe(rowGroup);
            if (rowGroup.Columns[i] is ParquetColumn<DateOnly> dates)
            {
                for (var r = 0; r < dates.RowCount; r++)
                {
                    if (!dates.IsNull(r) && (_maxDate[i] is not { } max || dates[r] > max))
                    {
                        _maxDate[i] = dates[r];
                    }
                }
            }

            if (_distinct[i] is { } set && rowGroup.Columns[i] is ParquetColumn<ReadOnlyMemory<char>> text)
            {
                for (var r = 0; r < text.RowCount; r++)
                {
                    if (!text.IsNull(r))
                    {
                        set.Add(text[r].Span);
                    }
                }
            }
        }
    }

    /// <summary>The metrics of everything observed.</summary>
    public IReadOnlyList<ColumnMetric> Result()
    {
        var metrics = new List<ColumnMetric> { new("row_count", null, _rows) };
        for (var i = 0; i < _nulls.Length; i++)
        {
            var name = dataset.Columns[i].Name;
            metrics.Add(new ColumnMetric("null_fraction", name, _rows == 0 ? 0 : (double)_nulls[i] / _rows));
            if (_sums[i] is { Count: > 0 } sum)
            {
                metrics.Add(new ColumnMetric("mean", name, sum.Sum / sum.Count));
                metrics.Add(new ColumnMetric("sum", name, sum.Sum));
            }

            if (_maxDate[i] is { } latest)
            {
                metrics.Add(new ColumnMetric(MaxDateMetric, name, latest.DayNumber - new DateOnly(1970, 1, 1).DayNumber));
            }

            if (_distinct[i] is { } set)
            {
                metrics.Add(new ColumnMetric("distinct_count", name, set.Count));
            }
        }

        return metrics;
    }

    private static bool IsNumeric(ColumnKind kind) => kind is ColumnKind.Int32 or ColumnKind.Decimal or ColumnKind.Double;
}
