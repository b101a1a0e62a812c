namespace Lakehouse.Core.Collection;

/// <summary>
/// One unit of collection work, small enough for orchestration history: one window of one series or location
/// (<see cref="From"/>..<see cref="To"/>, as <see cref="WindowPlanner"/> split it), or one pass over a watched folder.
/// </summary>
/// <param name="Source">The configured source's name.</param>
/// <param name="Kind">Its kind (<see cref="CollectionSourceKinds"/>).</param>
/// <param name="Subject">The series (<c>sgs-433</c>), the location slug, or the folder source's name.</param>
/// <param name="From">First day of the window (API sources).</param>
/// <param name="To">Last day of the window (API sources).</param>
public sealed record CollectionTask(string Source, string Kind, string Subject, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The window, for API sources.</summary>
    public DateWindow? Window => From is { } from && To is { } to ? new DateWindow(from, to) : null;

    /// <summary><c>source subject window</c>, for messages.</summary>
    public override string ToString() => Window is { } window ? $"{Source} {Subject} {window}" : $"{Source} {Subject}";
}
