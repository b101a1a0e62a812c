using System.Globalization;

namespace Lakehouse.Core.Collection;

/// <summary>An inclusive range of calendar days asked of a source.</summary>
public sealed record DateWindow
{
    /// <summary>Creates the window; <paramref name="from"/> must not be after <paramref name="to"/>.</summary>
    public DateWindow(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"Window end {to:yyyy-MM-dd} is before its start {from:yyyy-MM-dd}.", nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>First day, inclusive.</summary>
    public DateOnly From { get; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly To { get; }

    /// <summary>Number of days, both ends included.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Whether <paramref name="date"/> lies in the window.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary><c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}");
}
