using System.Globalization;
using Lakehouse.Core.Collection;

namespace Lakehouse.Core.Datasets.Indicators;

/// <summary>
/// Parses a stored Banco Central SGS answer (<c>bcb/sgs-{code}/{from}_{to}.json</c>) with <see cref="BcbSeriesParser"/>:
/// rows outside the window are dropped, and its rules (dates parse and strictly increase, a monthly series is dated the
/// 1st and has no gap, IPCA within its plausible band) leave failing rows out with their findings. The series' name,
/// unit and periodicity come from the object's metadata (<see cref="SubjectMetadata"/>).
/// </summary>
internal sealed class SgsAnswerParser : RowParser
{
    /// <inheritdoc />
    public override string Name => "json (Banco Central SGS answer)";

    /// <inheritdoc />
    public override ParsedRows Parse(ReadOnlyMemory<byte> content, SourceObject source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (subject, window) = CollectedAnswer.Identify(source, BronzeKeys.BcbPrefix)
            ?? throw new FormatException("The object names no SGS series: neither its key (bcb/sgs-{code}/{from}_{to}.json) nor its metadata.");
        if (!subject.StartsWith("sgs-", StringComparison.Ordinal)
            || !int.TryParse(subject.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            throw new FormatException($"'{subject}' is not an SGS series (sgs-{{code}}).");
        }

        var series = SubjectMetadata.ReadSeries(code, source.Metadata);
        var periodicity = series.Periodicity.ToString().ToLowerInvariant();
        var fetchedAt = CollectedAnswer.FetchedAt(source);
        var parsed = BcbSeriesParser.Parse(content, series, window);
        return new ParsedRows(
            [.. parsed.Rows.Select(r => new object?[] { code, series.Name, series.Unit, periodicity, r.Date, r.Value, fetchedAt })],
            parsed.Read,
            parsed.Findings);
    }
}
