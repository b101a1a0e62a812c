using System.Globalization;
using System.Security.Cryptography;

namespace Lakehouse.Core.Collection;

/// <summary>
/// One answer of an API source, exactly as received, with what is needed to store it unchanged in bronze: the key
/// (<see cref="BronzeKeys"/>), and metadata naming the source, subject, window, request URL (without secrets) and
/// fetch time. Stays in the activity that fetched it: bytes never travel through orchestration history.
/// </summary>
/// <param name="Source">Source kind (<see cref="CollectionSourceKinds"/>).</param>
/// <param name="Subject">Series (<c>sgs-433</c>) or location slug (<c>brasilia-df</c>).</param>
/// <param name="Window">Window asked.</param>
/// <param name="RequestUrl">URL of the request, without the API key.</param>
/// <param name="FetchedAt">When the answer arrived (UTC).</param>
/// <param name="Content">The response body, byte for byte.</param>
/// <param name="Rows">Rows of the answer inside <paramref name="Window"/>.</param>
/// <param name="Attempts">HTTP attempts it took (1 = no retry).</param>
/// <param name="BronzeKey">Key to store it under in the bronze bucket.</param>
public sealed record CollectedResponse(
    string Source,
    string Subject,
    DateWindow Window,
    string RequestUrl,
    DateTimeOffset FetchedAt,
    ReadOnlyMemory<byte> Content,
    int Rows,
    int Attempts,
    string BronzeKey)
{
    /// <summary>Lowercase hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content.Span));

    /// <summary>
    /// What the subject is, as metadata (<see cref="SubjectMetadata"/>: series name, unit and periodicity, or location name,
    /// state and coordinates), so the stored answer describes itself without the configuration that asked for it.
    /// </summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The object metadata to store with the answer (<see cref="CollectionMetadata"/>).</summary>
    public IReadOnlyDictionary<string, string> ToMetadata()
    {
        var metadata = new Dictionary<string, string>(Details, StringComparer.Ordinal)
        {
            [CollectionMetadata.Source] = Source,
            [CollectionMetadata.Subject] = Subject,
            [CollectionMetadata.Window] = Window.ToString(),
            [CollectionMetadata.RequestUrl] = RequestUrl,
            [CollectionMetadata.FetchedAt] = FetchedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            [CollectionMetadata.Sha256] = Sha256,
        };
        return metadata;
    }
}
