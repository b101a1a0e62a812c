using Lakehouse.Core.Transform;

namespace Lakehouse.Core.Warehouse;

/// <summary>
/// The <c>dw.dim_date</c> key of an instant, computed by the loader: the calendar day in Brazil (America/Sao_Paulo,
/// the source's zone) as yyyymmdd, or -1 when unknown or outside the generated calendar. Same definition as the SQL
/// function <c>dw.date_key</c> (migration 0002), which stays the reference; a test holds the two equal.
/// </summary>
/// <remarks>
/// Why in .NET: the loader stages every timestamp column <c>x</c> with <c>x__date_key</c> (<see cref="StagedColumnSuffix"/>)
/// so the merges do not call <c>dw.date_key</c> once per row and column. In SQL each call is a time-zone conversion
/// plus <c>to_char</c>, about 2 µs: 1.1 s of the orders merge alone (five keys × 99k orders), all of it inside the
/// serialised merge. Here it is a cached-offset conversion outside the merge lock.
/// </remarks>
public static class DateKeys
{
    /// <summary>Suffix of the staged date-key column of a timestamp column.</summary>
    public const string StagedColumnSuffix = "__date_key";

    /// <summary>The key of the unknown date.</summary>
    public const int Unknown = -1;

    private const int Irregular = int.MinValue;
    private static readonly DateOnly First = new(2010, 1, 1);
    private static readonly DateOnly Last = new(2035, 12, 31);

    /// <summary>
    /// UTC offset (seconds) of each UTC day from the day before <see cref="First"/> to the day after <see cref="Last"/>,
    /// or <see cref="Irregular"/> for a day on which the offset changes (converted in full). A lookup instead of a
    /// time-zone conversion per value: the loader asks for a key per timestamp, 800k times in a full Olist load.
    /// </summary>
    private static readonly int[] UtcDayOffsets = NewUtcDayOffsets();

    /// <summary>The date key of <paramref name="utc"/> (a UTC instant), or <see cref="Unknown"/>.</summary>
    public static int Of(DateTime? utc)
    {
        if (utc is not { } instant)
        {
            return Unknown;
        }

        instant = DateTime.SpecifyKind(instant, DateTimeKind.Utc);
        var index = DateOnly.FromDateTime(instant).DayNumber - (First.DayNumber - 1);
        var offset = (uint)index < (uint)UtcDayOffsets.Length ? UtcDayOffsets[index] : Irregular;
        var local = DateOnly.FromDateTime(offset == Irregular
            ? TimeZoneInfo.ConvertTimeFromUtc(instant, FieldParser.SourceTimeZone)
            : instant.AddSeconds(offset));
        return local < First || local > Last ? Unknown : (local.Year * 10000) + (local.Month * 100) + local.Day;
    }

    private static int[] NewUtcDayOffsets()
    {
        var offsets = new int[Last.DayNumber - First.DayNumber + 3];
        for (var i = 0; i < offsets.Length; i++)
        {
            var start = DateOnly.FromDayNumber(First.DayNumber - 1 + i).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var atStart = FieldParser.SourceTimeZone.GetUtcOffset(start);
            offsets[i] = atStart == FieldParser.SourceTimeZone.GetUtcOffset(start.AddDays(1).AddTicks(-1))
                ? (int)(atStart.Ticks / TimeSpan.TicksPerSecond)
                : Irregular;
        }

        return offsets;
    }
}
