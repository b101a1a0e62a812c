using System.Globalization;
using System.Text.RegularExpressions;
using Lakehouse.Core.Collection;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// What the parsers of collected API answers read besides the body: the subject and window from the key
/// (<c>…/{subject}/{from}_{to}.json</c>, <see cref="BronzeKeys"/>) or, for an answer stored under another key, from its
/// metadata; and when it was fetched (metadata, else when the object was written).
/// </summary>
internal static partial class CollectedAnswer
{
    /// <summary>The subject and window of an answer under <paramref name="prefix"/>, or null when neither key nor metadata tells.</summary>
    public static (string Subject, DateWindow? Window)? Identify(SourceObject source, string prefix)
    {
        var match = KeyPattern().Match(source.Key);
        if (source.Key.StartsWith(prefix, StringComparison.Ordinal) && match.Success)
        {
            return (match.Groups["subject"].Value, new DateWindow(Date(match.Groups["from"].Value), Date(match.Groups["to"].Value)));
        }

        if (!source.Metadata.TryGetValue(CollectionMetadata.Subject, out var subject))
        {
            return null;
        }

        var window = source.Metadata.GetValueOrDefault(CollectionMetadata.Window)?.Split("..") is [var from, var to] ? new DateWindow(Date(from), Date(to)) : null;
        return (subject, window);
    }

    /// <summary>When the answer was fetched (UTC): its metadata, else when it was written.</summary>
    public static DateTime FetchedAt(SourceObject source) =>
        source.Metadata.TryGetValue(CollectionMetadata.FetchedAt, out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.UtcDateTime
            : source.LastModified.UtcDateTime;

    private static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException("The answer's window is not yyyy-MM-dd..yyyy-MM-dd.");

    [GeneratedRegex(@"/(?<subject>[a-z0-9-]+)/(?<from>\d{4}-\d{2}-\d{2})_(?<to>\d{4}-\d{2}-\d{2})\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
