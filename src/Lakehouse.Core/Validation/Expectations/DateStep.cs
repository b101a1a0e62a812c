namespace Lakehouse.Core.Validation.Expectations;

/// <summary>What the next date of a group must be (<see cref="DateSequence"/>).</summary>
public enum DateStep
{
    /// <summary>Any later date.</summary>
    Increasing,

    /// <summary>The next day.</summary>
    Day,

    /// <summary>The same day of the next month.</summary>
    Month,
}
