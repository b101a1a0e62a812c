namespace Lakehouse.Core.Collection;

/// <summary>A configured Banco Central SGS series; a known code (433, 4390, 11, 432) needs only <see cref="Code"/>.</summary>
public sealed class SgsSeriesOptions
{
    /// <summary>SGS series code, e.g. 433.</summary>
    public int Code { get; set; }

    /// <summary>Display name; default: the known series' name, else <c>SGS {code}</c>.</summary>
    public string? Name { get; set; }

    /// <summary>Unit, e.g. <c>% per month</c>; default: the known series' unit, else empty.</summary>
    public string? Unit { get; set; }

    /// <summary>
    /// <c>daily</c> or <c>monthly</c>; default: the known series' periodicity, else <c>daily</c> (asked in windows of
    /// at most 10 years, which also suits a monthly series).
    /// </summary>
    public string? Periodicity { get; set; }
}
