namespace Lakehouse.Core.Collection;

/// <summary>A Banco Central SGS series to collect.</summary>
/// <param name="Code">SGS code, e.g. 433.</param>
/// <param name="Name">Display name.</param>
/// <param name="Unit">Unit of the values, e.g. <c>% per month</c>.</param>
/// <param name="Periodicity">Daily or monthly.</param>
public sealed record SgsSeries(int Code, string Name, string Unit, SeriesPeriodicity Periodicity)
{
    /// <summary>IPCA, monthly change, % per month.</summary>
    public static SgsSeries Ipca { get; } = new(433, "IPCA - monthly change", "% per month", SeriesPeriodicity.Monthly);

    /// <summary>Selic rate accumulated in the month, % per month.</summary>
    public static SgsSeries SelicMonthly { get; } = new(4390, "Selic - accumulated in the month", "% per month", SeriesPeriodicity.Monthly);

    /// <summary>Selic daily rate, % per day, business days.</summary>
    public static SgsSeries SelicDaily { get; } = new(11, "Selic - daily rate", "% per day", SeriesPeriodicity.Daily);

    /// <summary>Copom Selic target, % per year, one value per calendar day.</summary>
    public static SgsSeries SelicTarget { get; } = new(432, "Selic - Copom target", "% per year", SeriesPeriodicity.Daily);

    /// <summary>The default series: 433, 4390, 11, 432.</summary>
    public static IReadOnlyList<SgsSeries> Defaults { get; } = [Ipca, SelicMonthly, SelicDaily, SelicTarget];

    /// <summary>Subject name of the series in keys, metadata and messages: <c>sgs-{code}</c>.</summary>
    public string Subject => FormattableString.Invariant($"sgs-{Code}");
}
