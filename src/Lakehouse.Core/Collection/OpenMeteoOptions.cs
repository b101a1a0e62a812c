namespace Lakehouse.Core.Collection;

/// <summary>
/// The Open-Meteo historical weather API, section <c>Lakehouse:Collection:OpenMeteo</c>. The free API
/// (<c>https://archive-api.open-meteo.com</c>) is for non-commercial use only; commercial use needs a paid plan
/// (its base URL and <see cref="ApiKey"/>) or a self-hosted instance (its base URL).
/// </summary>
public sealed class OpenMeteoOptions : HttpSourceOptions
{
    /// <summary>Configuration section (bound as part of <see cref="CollectionOptions"/>).</summary>
    public const string SectionName = "Lakehouse:Collection:OpenMeteo";

    /// <summary>Base URL. Default <c>https://archive-api.open-meteo.com</c>.</summary>
    public override string BaseUrl { get; set; } = "https://archive-api.open-meteo.com";

    /// <summary>Path of the daily archive endpoint. Default <c>/v1/archive</c>.</summary>
    public string Path { get; set; } = "/v1/archive";

    /// <summary>
    /// API key of a paid plan, sent as <c>apikey</c>; optional. A secret: never logged, never in error messages or in
    /// the request URL stored with the answer.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Describes the options with the key redacted.</summary>
    public override string ToString() =>
        $"OpenMeteoOptions {{ BaseUrl = {BaseUrl}, Path = {Path}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(unset)" : "***")} }}";
}
