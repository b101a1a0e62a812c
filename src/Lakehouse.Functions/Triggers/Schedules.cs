namespace Lakehouse.Functions.Triggers;

/// <summary>
/// The app settings that hold the timers' NCRONTAB schedules (six fields, seconds first), read by the Functions host
/// through <c>%name%</c> in the trigger attributes. Set as <c>Lakehouse__DailyLoad__Schedule</c> and
/// <c>Lakehouse__Reconcile__Schedule</c>; without a value the host refuses to index the function.
/// </summary>
public static class Schedules
{
    /// <summary>
    /// The daily load. Samples use <c>0 0 9 * * *</c>: 09:00 UTC, which is 06:00 in São Paulo all year because Brazil has
    /// observed no daylight saving time since 2019 (America/Sao_Paulo is UTC-3). Set <c>WEBSITE_TIME_ZONE</c> to evaluate
    /// schedules in another zone instead.
    /// </summary>
    public const string DailyLoadSetting = "Lakehouse:DailyLoad:Schedule";

    /// <summary>The reconciliation sweep; samples use <c>0 */15 * * * *</c> (every 15 minutes).</summary>
    public const string ReconcileSetting = "Lakehouse:Reconcile:Schedule";

    /// <summary>
    /// The daily collection (<see cref="CollectTimer"/>). Samples use <c>0 0 1 * * *</c>: 01:00 UTC, which is 22:00 the
    /// day before in São Paulo, after the Banco Central publishes the day's Selic (by 19:00 Brasília time, Resolução BCB
    /// nº 46/2020) and, on its day, the IPCA (IBGE at 09:00, in SGS the same day).
    /// </summary>
    public const string CollectSetting = "Lakehouse:Collection:Schedule";

    /// <summary>Every setting name above, for documentation checks.</summary>
    public static IReadOnlyList<string> All { get; } = [DailyLoadSetting, ReconcileSetting, CollectSetting];
}
