namespace Lakehouse.Core.Datasets;

/// <summary>
/// How a dataset's bronze objects become typed rows. <see cref="Csv"/>: an RFC 4180 file (optionally gzip-compressed)
/// with a header naming the declared columns, parsed by the transform's CSV reader. Anything else is a
/// <see cref="RowParser"/> the dataset owns (an API answer in JSON, say).
/// </summary>
public abstract class SourceFormat
{
    /// <summary>CSV with a header, columns mapped by name.</summary>
    public static SourceFormat Csv { get; } = new CsvFormat();

    /// <summary>A short name for messages (<c>csv</c>, <c>json</c>).</summary>
    public abstract string Name { get; }

    private sealed class CsvFormat : SourceFormat
    {
        public override string Name => "csv";
    }
}
