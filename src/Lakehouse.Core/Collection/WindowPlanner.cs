namespace Lakehouse.Core.Collection;

/// <summary>
/// Splits a requested range into the windows asked of a source. Pure and deterministic, so an orchestrator may call it.
/// </summary>
public static class WindowPlanner
{
    /// <summary>
    /// Longest window of a daily SGS series, in years: the API answers HTTP 406 beyond 10 years. A window of exactly
    /// 10 calendar years ends the day before the same date 10 years later (2016-01-01..2025-12-31).
    /// </summary>
    public const int MaxDailySeriesYears = 10;

    /// <summary>
    /// Windows for an SGS series: a monthly series in one window; a daily one in consecutive windows of at most
    /// <see cref="MaxDailySeriesYears"/> years from <paramref name="range"/>'s start, together covering it exactly.
    /// </summary>
    public static IReadOnlyList<DateWindow> ForSeries(SgsSeries series, DateWindow range)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(range);
        return series.Periodicity == SeriesPeriodicity.Monthly
            ? [range]
            : Split(range, from => from.AddYears(MaxDailySeriesYears).AddDays(-1));
    }

    /// <summary>
    /// Windows for daily weather: one per calendar year (clipped to <paramref name="range"/>), so a year collected in a
    /// long backfill and again on its own lands under the same bronze key, and each request stays small.
    /// </summary>
    public static IReadOnlyList<DateWindow> ForWeather(DateWindow range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return Split(range, from => new DateOnly(from.Year, 12, 31));
    }

    private static List<DateWindow> Split(DateWindow range, Func<DateOnly, DateOnly> lastDayFrom)
    {
        var windows = new List<DateWindow>();
        var from = range.From;
        while (true)
        {
            var to = lastDayFrom(from);
            if (to >= range.To)
            {
                windows.Add(new DateWindow(from, range.To));
                return windows;
            }

            windows.Add(new DateWindow(from, to));
            from = to.AddDays(1);
        }
    }
}
