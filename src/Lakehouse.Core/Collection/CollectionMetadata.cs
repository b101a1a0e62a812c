namespace Lakehouse.Core.Collection;

/// <summary>Names of the object metadata the collectors store with every bronze object (values are ASCII).</summary>
public static class CollectionMetadata
{
    /// <summary>Source kind: <c>bcb-sgs</c>, <c>open-meteo</c>, <c>folder</c>.</summary>
    public const string Source = "lakehouse-source";

    /// <summary>What was collected: <c>sgs-433</c>, a location slug such as <c>sao-paulo-sp</c>, or the folder source's name.</summary>
    public const string Subject = "lakehouse-subject";

    /// <summary>Window asked, <c>yyyy-MM-dd..yyyy-MM-dd</c> (API sources).</summary>
    public const string Window = "lakehouse-window";

    /// <summary>The request URL without secrets (API sources).</summary>
    public const string RequestUrl = "lakehouse-request-url";

    /// <summary>When the answer was received or the file read, ISO 8601 UTC.</summary>
    public const string FetchedAt = "lakehouse-fetched-at";

    /// <summary>Lowercase hex SHA-256 of the content.</summary>
    public const string Sha256 = "lakehouse-sha256";

    /// <summary>Folder files: the file's last write time, ISO 8601 UTC.</summary>
    public const string ModifiedAt = "lakehouse-modified-at";

    /// <summary>API sources: the subject's display name, percent-encoded UTF-8 (<c>S%C3%A3o%20Paulo</c>).</summary>
    public const string SubjectName = "lakehouse-subject-name";

    /// <summary>SGS answers: the series' unit, percent-encoded (<c>%25%20per%20month</c>).</summary>
    public const string SeriesUnit = "lakehouse-series-unit";

    /// <summary>SGS answers: <c>daily</c> or <c>monthly</c>.</summary>
    public const string SeriesPeriodicity = "lakehouse-series-periodicity";

    /// <summary>Weather answers: the location's state code (UF), e.g. <c>SP</c>.</summary>
    public const string LocationState = "lakehouse-location-state";

    /// <summary>Weather answers: the latitude asked, decimal degrees (invariant).</summary>
    public const string LocationLatitude = "lakehouse-location-latitude";

    /// <summary>Weather answers: the longitude asked, decimal degrees (invariant).</summary>
    public const string LocationLongitude = "lakehouse-location-longitude";
}
