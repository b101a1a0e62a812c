namespace Lakehouse.Core.Collection;

/// <summary>One value of an SGS series: the day it refers to (first of the month for monthly series) and the value.</summary>
/// <param name="Date">Reference day.</param>
/// <param name="Value">Value in the series' unit, parsed invariantly from the API's decimal string.</param>
public sealed record IndicatorValue(DateOnly Date, decimal Value);
