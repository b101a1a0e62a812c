namespace Lakehouse.Core.Parquet;

/// <summary>Options of <see cref="ParquetFileWriter"/>.</summary>
public sealed class ParquetWriterOptions
{
    /// <summary>Page compression codec. Default <see cref="ParquetCompression.Snappy"/>.</summary>
    public ParquetCompression Compression { get; init; } = ParquetCompression.Snappy;

    /// <summary>
    /// Approximate encoded bytes of values buffered before a row group is written (strings count their UTF-16 length,
    /// other values their width). Default 64 MiB.
    /// </summary>
    public long RowGroupTargetBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>
    /// Dictionary encoding of string columns: a column chunk is dictionary-encoded when at most this fraction of its
    /// non-null values are distinct (ids that repeat, statuses, states, cities, categories), else PLAIN. Default 0.7:
    /// order ids in order items (about 0.77 distinct, repeats side by side, which Snappy already finds) stay PLAIN and
    /// smaller, product ids (0.3 to 0.65) get a dictionary. 0 disables dictionaries.
    /// </summary>
    public double DictionaryThreshold { get; init; } = 0.7;

    /// <summary>
    /// The string columns that get a dictionary hint (values that repeat: ids of a few thousand products, statuses,
    /// states, cities, categories); <see cref="DictionaryThreshold"/> still decides per column chunk. Default null:
    /// every string column (a mostly distinct column then costs a hash of most of its values per row group).
    /// </summary>
    public IReadOnlySet<string>? DictionaryColumns { get; init; }

    /// <summary>Key/value metadata written to the footer (read when the writer closes, so it may change until then). Default empty.</summary>
    public IDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether disposing the writer leaves the output stream open. Default <see langword="true"/>.</summary>
    public bool LeaveOpen { get; init; } = true;
}
