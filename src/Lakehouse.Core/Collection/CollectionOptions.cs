namespace Lakehouse.Core.Collection;

/// <summary>
/// What to collect and from where, section <c>Lakehouse:Collection</c> (environment: <c>Lakehouse__Collection__…</c>).
/// With no <see cref="Sources"/> configured, <see cref="CollectionSources.Resolve"/> supplies the defaults: the
/// Banco Central series 433, 4390, 11 and 432, daily weather for the 27 state capitals, and the watched folder when
/// <c>Lakehouse__Collection__Folder__Path</c> is set. Validated by <see cref="CollectionOptionsValidator"/>.
/// </summary>
public sealed class CollectionOptions
{
    /// <summary>Configuration section. The endpoint and folder settings are sub-sections, each with its own <c>SectionName</c>.</summary>
    public const string SectionName = "Lakehouse:Collection";

    /// <summary>The Banco Central SGS endpoint (<c>Lakehouse__Collection__Bcb__BaseUrl</c>...).</summary>
    public BcbSgsOptions Bcb { get; } = new();

    /// <summary>The Open-Meteo endpoint (<c>Lakehouse__Collection__OpenMeteo__BaseUrl</c>, <c>__ApiKey</c>...).</summary>
    public OpenMeteoOptions OpenMeteo { get; } = new();

    /// <summary>The watched folder (<c>Lakehouse__Collection__Folder__Path</c>, <c>__QuietPeriodSeconds</c>).</summary>
    public FolderOptions Folder { get; } = new();

    /// <summary>
    /// Days a collection asks when no range is given (the daily timer): the window ends today (São Paulo) and starts
    /// this many days before, so values revised or published late (IPCA about 40 days after its month begins, the
    /// weather archive about 5 days behind) are asked again. Default 60; 1 to 3,660.
    /// </summary>
    public int LookbackDays { get; set; } = 60;

    /// <summary>Requests of one collection in flight at once, over all sources. Default 4; 1 to 32.</summary>
    public int MaxParallelRequests { get; set; } = 4;

    /// <summary>
    /// The sources, e.g. <c>Lakehouse__Collection__Sources__0__Kind=bcb-sgs</c>, <c>…__0__Name=bcb</c>,
    /// <c>…__0__Series__0__Code=433</c>. Empty (the default) means the default sources.
    /// </summary>
    public List<CollectionSourceOptions> Sources { get; } = [];
}
