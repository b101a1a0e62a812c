using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;

namespace Lakehouse.Testing;

/// <summary>
/// A local HTTP server (WireMock.Net on loopback) replaying the real recorded answers: the SGS series 433, 4390, 11 and
/// 432 (the whole recording, whatever the window: the client must filter), HTTP 406 for a daily series' window over 10
/// years (as the API), the Open-Meteo Brasília archive answer for any location and its real HTTP 400 answer; plus error
/// answers on made-up series codes (<see cref="Codes"/>). Every request is logged for assertions.
/// </summary>
public sealed partial class ReplayServer : IDisposable
{
    private const string Json = "application/json";

    public ReplayServer()
    {
        Server = WireMockServer.Start();
        foreach (var (code, _) in RecordedAnswers.BcbFiles)
        {
            MapSeries(code, File.ReadAllBytes(RecordedAnswers.Bcb(code)!), daily: code is 11 or 432);
        }

        MapErrors(File.ReadAllBytes(RecordedAnswers.Bcb(433)!));
        MapWeather();
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    /// <summary>The real 400 body of Open-Meteo, taken from the recorded R object.</summary>
    public static byte[] WeatherErrorBody
    {
        get
        {
            var text = File.ReadAllText(RecordedAnswers.WeatherError!);
            var body = CharToRaw().Match(text).Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal);
            return Encoding.UTF8.GetBytes(body);
        }
    }

    /// <summary>Requests received whose path starts with <paramref name="pathPrefix"/>, in arrival order, with their query.</summary>
    public IReadOnlyList<(string Path, IReadOnlyDictionary<string, string> Query, DateTime At)> Requests(string pathPrefix) =>
        [.. Server.LogEntries
            .Select(e => e.RequestMessage!)
            .Where(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal))
            .OrderBy(r => r.DateTime)
            .Select(r => (r.Path, (IReadOnlyDictionary<string, string>)Flatten(r.Query), r.DateTime))];

    public static DateOnly SgsDate(string text) => DateOnly.ParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }

    private static Dictionary<string, string> Flatten(IDictionary<string, WireMockList<string>>? query) =>
        query?.ToDictionary(p => p.Key, p => string.Join(',', p.Value), StringComparer.Ordinal) ?? new Dictionary<string, string>();

    private static string SeriesPath(int code) => string.Create(CultureInfo.InvariantCulture, $"/dados/serie/bcdata.sgs.{code}/dados");

    private void MapSeries(int code, byte[] recording, bool daily)
    {
        if (daily)
        {
            Server.Given(Request.Create().WithPath(SeriesPath(code)).UsingGet().WithParam(OverTenYears)).AtPriority(1)
                .RespondWith(Response.Create().WithStatusCode(406).WithHeader("Content-Type", Json)
                    .WithBody("{\"error\":\"Not Acceptable\",\"message\":\"O sistema aceita uma janela de consulta de, no máximo, 10 anos em séries de periodicidade diária\"}"));
        }

        Server.Given(Request.Create().WithPath(SeriesPath(code)).UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", Json).WithBody(recording));
    }

    private static bool OverTenYears(IDictionary<string, WireMockList<string>> query) =>
        query.TryGetValue("dataInicial", out var from) && query.TryGetValue("dataFinal", out var to)
        && SgsDate(to[0]) > SgsDate(from[0]).AddYears(10);

    private void MapErrors(byte[] ipca)
    {
        Server.Given(Request.Create().WithPath(SeriesPath(Codes.NotFound)).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "text/html").WithBody("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"));
        MapThenRecording(Codes.TooManyRequests, Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"), ipca);
        MapThenRecording(Codes.Unavailable, Response.Create().WithStatusCode(503).WithBody("Service Unavailable"), ipca);
        MapThenRecording(Codes.Slow, Response.Create().WithStatusCode(200).WithHeader("Content-Type", Json).WithBody(ipca).WithDelay(TimeSpan.FromSeconds(6)), ipca);
        MapBody(Codes.AlwaysUnavailable, 503, "Service Unavailable");
        MapBody(Codes.Malformed, 200, "[{\"data\":\"01/01/2016\",\"valor\":\"1.27\"},{\"data\":");
        MapBody(Codes.Empty, 200, "[]");
        MapBody(Codes.LastEarlierValue, 200, "[{\"data\":\"01/05/2026\",\"valor\":\"0.58\"}]");
        MapBody(Codes.HtmlWithOk, 200, "<html><body>Manutenção programada</body></html>");
    }

    private void MapThenRecording(int code, IResponseBuilder first, byte[] recording)
    {
        var scenario = string.Create(CultureInfo.InvariantCulture, $"series-{code}");
        Server.Given(Request.Create().WithPath(SeriesPath(code)).UsingGet()).InScenario(scenario).WillSetStateTo("recovered").RespondWith(first);
        Server.Given(Request.Create().WithPath(SeriesPath(code)).UsingGet()).InScenario(scenario).WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", Json).WithBody(recording));
    }

    private void MapBody(int code, int status, string body) =>
        Server.Given(Request.Create().WithPath(SeriesPath(code)).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", Json).WithBody(body));

    private void MapWeather()
    {
        Server.Given(Request.Create().WithPath("/v1/archive").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", Json).WithBody(File.ReadAllBytes(RecordedAnswers.WeatherArchive!)));
        Server.Given(Request.Create().WithPath("/v1/archive").UsingGet().WithParam("latitude", "-99")).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", Json).WithBody(WeatherErrorBody));
    }

    [GeneratedRegex("charToRaw\\(\"(.*?)\"\\)", RegexOptions.Singleline)]
    private static partial Regex CharToRaw();

    /// <summary>Made-up SGS codes whose answers are errors.</summary>
    public static class Codes
    {
        public const int NotFound = 999999;
        public const int TooManyRequests = 90001;
        public const int Unavailable = 90002;
        public const int Slow = 90003;
        public const int AlwaysUnavailable = 90004;
        public const int Malformed = 90005;
        public const int Empty = 90006;
        public const int LastEarlierValue = 90007;
        public const int HtmlWithOk = 90008;
    }
}
