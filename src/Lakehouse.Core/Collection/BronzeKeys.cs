using System.Globalization;

namespace Lakehouse.Core.Collection;

/// <summary>
/// Keys of collected objects in the bronze bucket. API answers are keyed by source, subject and window only, so
/// collecting the same window again produces the same key (and, with the same content, no new object):
/// <c>bcb/sgs-{code}/{from}_{to}.json</c> and <c>weather/open-meteo/{location}/{from}_{to}.json</c> (dates
/// <c>yyyy-MM-dd</c>). Folder files land under their dataset's prefix with the day of collection:
/// <c>olist/{dataset}/ingest_date={day}/{file}</c>, <c>docs/ingest_date={day}/{path}</c>, <c>inbox/ingest_date={day}/{path}</c>.
/// </summary>
public static class BronzeKeys
{
    /// <summary>Prefix of the collector's own state (not data): sweeps of bronze should skip it.</summary>
    public const string InternalPrefix = "_collect/";

    /// <summary>Prefix of every Banco Central SGS answer.</summary>
    public const string BcbPrefix = "bcb/";

    /// <summary>Prefix of every Open-Meteo answer.</summary>
    public const string WeatherPrefix = "weather/open-meteo/";

    /// <summary>State manifest of a folder source: <c>_collect/folder/{source}.json</c> (one per source, so sources run in parallel).</summary>
    public static string FolderState(string sourceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        return $"{InternalPrefix}folder/{sourceName}.json";
    }

    /// <summary><c>bcb/sgs-{code}/{from}_{to}.json</c>.</summary>
    public static string SgsSeries(int code, DateWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return string.Create(CultureInfo.InvariantCulture, $"{BcbPrefix}sgs-{code}/{window.From:yyyy-MM-dd}_{window.To:yyyy-MM-dd}.json");
    }

    /// <summary><c>weather/open-meteo/{location slug}/{from}_{to}.json</c>.</summary>
    public static string Weather(WeatherLocation location, DateWindow window)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(window);
        return string.Create(CultureInfo.InvariantCulture, $"{WeatherPrefix}{location.Slug}/{window.From:yyyy-MM-dd}_{window.To:yyyy-MM-dd}.json");
    }

    /// <summary>
    /// Key of a file from a watched folder, collected on <paramref name="day"/>: Olist files (recognised by name) under
    /// <c>olist/{dataset}/</c>, documents (pdf, png, jpg, jpeg, tif, tiff) under <c>docs/</c>, anything else under
    /// <c>inbox/</c>, with the file's path relative to the folder (<c>/</c>-separated).
    /// </summary>
    public static string FolderFile(string relativePath, DateOnly day)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        var path = relativePath.Replace('\\', '/');
        var partition = string.Create(CultureInfo.InvariantCulture, $"ingest_date={day:yyyy-MM-dd}");
        var dataset = Datasets.OlistDatasets.Recognize(path);
        if (dataset is not null)
        {
            return $"olist/{dataset.Name}/{partition}/{path[(path.LastIndexOf('/') + 1)..]}";
        }

        return IsDocument(path) ? $"docs/{partition}/{path}" : $"inbox/{partition}/{path}";
    }

    private static bool IsDocument(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".pdf" or ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff";
}
