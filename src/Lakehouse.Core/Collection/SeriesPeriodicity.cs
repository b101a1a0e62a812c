namespace Lakehouse.Core.Collection;

/// <summary>How often a series has a value; decides how its windows are planned and checked.</summary>
public enum SeriesPeriodicity
{
    /// <summary>One value per (business or calendar) day; asked in windows of at most 10 years.</summary>
    Daily,

    /// <summary>One value per month, dated the first day of the month; asked in one window, checked for gaps.</summary>
    Monthly,
}
