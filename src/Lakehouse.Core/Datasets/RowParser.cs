namespace Lakehouse.Core.Datasets;

/// <summary>
/// A dataset's own parser for bronze objects that are not CSV: turns the whole object (API answers are small) into
/// typed rows in the dataset's column order, with the findings of its own rules (rows that break an Error rule are
/// left out and counted). The transform then applies the dataset's row rules, key uniqueness and masking, as for CSV.
/// </summary>
public abstract class RowParser : SourceFormat
{
    /// <summary>Parses <paramref name="content"/>, the bytes of <paramref name="source"/>.</summary>
    /// <exception cref="FormatException">The object is not of this format at all; the message names no value.</exception>
    public abstract ParsedRows Parse(ReadOnlyMemory<byte> content, SourceObject source);
}
