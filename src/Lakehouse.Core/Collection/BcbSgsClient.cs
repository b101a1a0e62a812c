using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Collection;

/// <summary>
/// The Banco Central SGS API (typed <see cref="HttpClient"/>): one series and one window per call, at
/// <c>{BaseUrl}/dados/serie/bcdata.sgs.{code}/dados?formato=json&amp;dataInicial=dd/MM/yyyy&amp;dataFinal=dd/MM/yyyy</c>.
/// Plan windows with <see cref="WindowPlanner.ForSeries"/> first: the API answers HTTP 406 to a daily series' window
/// over 10 years. Retries and errors: <see cref="HttpSourceOptions"/>, <see cref="CollectionException"/>.
/// </summary>
public sealed class BcbSgsClient
{
    private readonly BcbSgsOptions _options;
    private readonly SourceHttp _http;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the client over <paramref name="http"/> (its own timeout should be infinite: attempts have theirs).</summary>
    public BcbSgsClient(HttpClient http, IOptions<CollectionOptions> options, TimeProvider time, ILogger<BcbSgsClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.Bcb;
        _time = time;
        _logger = logger;
        _http = new SourceHttp(http, _options, time, logger, CollectionSourceKinds.BcbSgs);
    }

    /// <summary>Request URL of one window (the API needs no secret, so it is also the URL stored with the answer).</summary>
    public Uri RequestUrl(int code, DateWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return new Uri(string.Create(
            CultureInfo.InvariantCulture,
            $"{_options.BaseUrl.TrimEnd('/')}/dados/serie/bcdata.sgs.{code}/dados?formato=json&dataInicial={window.From:dd/MM/yyyy}&dataFinal={window.To:dd/MM/yyyy}"));
    }

    /// <summary>
    /// Fetches one window of <paramref name="series"/>. The answer is returned byte for byte; it was checked to be an
    /// SGS array (an empty array is a window without data). <see cref="CollectedResponse.Rows"/> counts its rows inside
    /// the window.
    /// </summary>
    /// <exception cref="CollectionException">An HTTP error, a timeout or a malformed answer; names series and window.</exception>
    public async Task<CollectedResponse> FetchAsync(SgsSeries series, DateWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var url = RequestUrl(series.Code, window);
        var (body, attempts) = await _http.GetAsync(url, series.Subject, window, static text => text, cancellationToken);
        var fetchedAt = _time.GetUtcNow();
        SeriesParseResult parsed;
        try
        {
            parsed = BcbSeriesParser.Parse(body, series, window);
        }
        catch (FormatException e)
        {
            var error = new CollectionException(CollectionSourceKinds.BcbSgs, series.Subject, window, $"malformed answer: {e.Message}", isTransient: false, 200, e);
            Log.FetchFailed(_logger, error.Message);
            throw error;
        }

        Log.Fetched(_logger, CollectionSourceKinds.BcbSgs, series.Subject, window, body.Length, parsed.Read, attempts);
        return new CollectedResponse(
            CollectionSourceKinds.BcbSgs, series.Subject, window, url.OriginalString, fetchedAt, body, parsed.Read, attempts, BronzeKeys.SgsSeries(series.Code, window))
        {
            Details = SubjectMetadata.Of(series),
        };
    }
}
