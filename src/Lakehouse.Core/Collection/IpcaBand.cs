namespace Lakehouse.Core.Collection;

/// <summary>
/// The plausible band of the IPCA monthly change (SGS 433), in % per month. From January 1995, once the Plano Real
/// had settled: [−2, 5] (the extremes since are −0.68 in July 2022 and 3.02 in November 2002). Before: [−5, 100]
/// (hyperinflation peaked at 82.39 in March 1990). A value outside is far more likely a broken answer (a lost decimal
/// point) than a real month, so the row is rejected.
/// </summary>
public static class IpcaBand
{
    /// <summary>SGS code of the IPCA monthly change.</summary>
    public const int SgsCode = 433;

    /// <summary>First month of the stable band.</summary>
    public static readonly DateOnly StableFrom = new(1995, 1, 1);

    /// <summary>The band's description for findings.</summary>
    public const string Description = "IPCA monthly change must lie in [-2, 5] % from 1995 and in [-5, 100] % before";

    /// <summary>Whether <paramref name="value"/> is plausible for the month of <paramref name="date"/>.</summary>
    public static bool Contains(DateOnly date, decimal value) =>
        date >= StableFrom ? value is >= -2m and <= 5m : value is >= -5m and <= 100m;
}
