using System.Globalization;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Validation.Expectations;

/// <summary>
/// The dates of a date column, per value of a group column (a series, a location), in file order:
/// <see cref="DateStep.Increasing"/> — each date after the previous one of its group (<c>dates_increasing_unique</c>);
/// <see cref="DateStep.Day"/> / <see cref="DateStep.Month"/> — each date exactly one day or month after the previous one
/// (<c>daily_no_gap</c>, <c>monthly_no_gap</c>). <see cref="OnlyWhere"/> limits the check to rows whose text column has
/// one value (monthly series only, say). Failing rows are counted and the first ones sampled (1-based silver rows).
/// </summary>
public sealed class DateSequence(DatasetDefinition dataset, string dateColumn, string groupColumn, DateStep step, FindingSeverity severity) : ITableExpectation
{
    private const int MaxSamples = 10;
    private readonly int _date = dataset.Ordinal(dateColumn);
    private readonly int _group = dataset.Ordinal(groupColumn);
    private readonly Dictionary<string, DateOnly> _last = new(StringComparer.Ordinal);
    private readonly List<long> _samples = [];
    private long _row;
    private long _failed;
    private int? _filter;

    /// <summary>Only rows whose text column <c>Column</c> equals <c>Value</c> are checked (default: every row).</summary>
    public (string Column, string Value)? OnlyWhere { get; init; }

    /// <inheritdoc />
    public string Kind => step switch { DateStep.Day => "daily_no_gap", DateStep.Month => "monthly_no_gap", _ => "dates_increasing_unique" };

    /// <inheritdoc />
    public FindingSeverity Severity => severity;

    /// <inheritdoc />
    public void Observe(ParquetRowGroup rowGroup)
    {
        ArgumentNullException.ThrowIfNull(rowGroup);
        _filter ??= OnlyWhere is { } only ? dataset.Ordinal(only.Column) : -1;
        var dates = rowGroup.Column<DateOnly>(_date);
        for (var r = 0; r < rowGroup.RowCount; r++, _row++)
        {
            if (dates.IsNull(r) || (_filter >= 0 && !string.Equals(rowGroup.Columns[_filter.Value].GetValue(r)?.ToString(), OnlyWhere!.Value.Value, StringComparison.Ordinal)))
            {
                continue;
            }

            var group = Convert.ToString(rowGroup.Columns[_group].GetValue(r), CultureInfo.InvariantCulture) ?? "";
            if (_last.TryGetValue(group, out var previous) && !Follows(previous, dates[r]))
            {
                _failed++;
                if (_samples.Count < MaxSamples)
                {
                    _samples.Add(_row + 1);
                }
            }

            _last[group] = dates[r];
        }
    }

    /// <inheritdoc />
    public ValueTask<Finding?> FinishAsync(ExpectationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_failed == 0 ? null : new Finding(Kind, dateColumn, Severity, _failed, [.. _samples], step switch
        {
            DateStep.Day => $"{_failed} date(s) are not the day after the previous one of their {groupColumn}",
            DateStep.Month => $"{_failed} date(s) are not the month after the previous one of their {groupColumn}",
            _ => $"{_failed} date(s) are not after the previous one of their {groupColumn}",
        }));

    private bool Follows(DateOnly previous, DateOnly date) => step switch
    {
        DateStep.Day => date == previous.AddDays(1),
        DateStep.Month => date == previous.AddMonths(1),
        _ => date > previous,
    };
}
