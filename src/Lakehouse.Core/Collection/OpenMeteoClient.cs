using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Collection;

/// <summary>
/// The Open-Meteo historical weather API (typed <see cref="HttpClient"/>): daily <c>temperature_2m_max</c>,
/// <c>temperature_2m_min</c> and <c>precipitation_sum</c> for one location and window, <c>timezone=America/Sao_Paulo</c>,
/// plus <c>apikey</c> when configured. The key is sent but never stored, logged or put in an error message. Plan windows
/// with <see cref="WindowPlanner.ForWeather"/>.
/// </summary>
public sealed class OpenMeteoClient
{
    private readonly OpenMeteoOptions _options;
    private readonly SourceHttp _http;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the client over <paramref name="http"/> (its own timeout should be infinite: attempts have theirs).</summary>
    public OpenMeteoClient(HttpClient http, IOptions<CollectionOptions> options, TimeProvider time, ILogger<OpenMeteoClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.OpenMeteo;
        _time = time;
        _logger = logger;
        _http = new SourceHttp(http, _options, time, logger, CollectionSourceKinds.OpenMeteo);
    }

    /// <summary>The request URL without the API key: what is stored with the answer.</summary>
    public string StoredRequestUrl(WeatherLocation location, DateWindow window)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(window);
        var place = string.Create(CultureInfo.InvariantCulture, $"latitude={location.Latitude:0.######}&longitude={location.Longitude:0.######}");
        var days = string.Create(CultureInfo.InvariantCulture, $"start_date={window.From:yyyy-MM-dd}&end_date={window.To:yyyy-MM-dd}");
        return $"{_options.BaseUrl.TrimEnd('/')}{_options.Path}?{place}&{days}&daily={string.Join(',', OpenMeteoDailyParser.Variables)}&timezone=America%2FSao_Paulo";
    }

    /// <summary>Fetches one window for <paramref name="location"/>; the answer is returned byte for byte, checked to hold daily arrays.</summary>
    /// <exception cref="CollectionException">An HTTP error, a timeout or a malformed answer; names location and window, never the key.</exception>
    public async Task<CollectedResponse> FetchAsync(WeatherLocation location, DateWindow window, CancellationToken cancellationToken)
    {
        var stored = StoredRequestUrl(location, window);
        var key = _options.ApiKey;
        var url = new Uri(string.IsNullOrEmpty(key) ? stored : $"{stored}&apikey={Uri.EscapeDataString(key)}");
        var (body, attempts) = await _http.GetAsync(url, location.Slug, window, Redact, cancellationToken);
        var fetchedAt = _time.GetUtcNow();
        WeatherParseResult parsed;
        try
        {
            parsed = OpenMeteoDailyParser.Parse(body, location.Slug, window);
        }
        catch (FormatException e)
        {
            var error = new CollectionException(CollectionSourceKinds.OpenMeteo, location.Slug, window, $"malformed answer: {Redact(e.Message)}", isTransient: false, 200, e);
            Log.FetchFailed(_logger, error.Message);
            throw error;
        }

        Log.Fetched(_logger, CollectionSourceKinds.OpenMeteo, location.Slug, window, body.Length, parsed.Read, attempts);
        return new CollectedResponse(
            CollectionSourceKinds.OpenMeteo, location.Slug, window, stored, fetchedAt, body, parsed.Read, attempts, BronzeKeys.Weather(location, window))
        {
            Details = SubjectMetadata.Of(location),
        };
    }

    private string Redact(string text) =>
        string.IsNullOrEmpty(_options.ApiKey) ? text : text.Replace(_options.ApiKey, "***", StringComparison.Ordinal).Replace(Uri.EscapeDataString(_options.ApiKey), "***", StringComparison.Ordinal);
}
