namespace Lakehouse.Functions.Triggers;

/// <summary>The days of a requested daily load: <see cref="Date"/> alone, or <see cref="From"/> to <see cref="To"/> inclusive.</summary>
public sealed record DailyRange(DateOnly? Date, DateOnly? From, DateOnly? To)
{
    /// <summary>Longest range one request may start.</summary>
    public const int MaxDays = 366;

    /// <summary>The days, oldest first; empty when the range is missing, reversed or longer than <see cref="MaxDays"/>.</summary>
    public IReadOnlyList<DateOnly> Days()
    {
        var from = Date ?? From;
        var to = Date ?? To ?? From;
        if (from is not { } first || to is not { } last || last < first || last.DayNumber - first.DayNumber >= MaxDays)
        {
            return [];
        }

        return [.. Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays)];
    }
}
