namespace Lakehouse.Core.Datasets;

/// <summary>
/// How a bronze object is recognised as a dataset: by the name of its file (the last key segment without
/// <c>.csv</c>/<c>.gz</c>, any case: <c>…/olist_orders_dataset.csv.gz</c>), or by a key prefix and extension
/// (<c>bcb/sgs-</c> … <c>.json</c>). The registry checks that no two datasets claim the same objects.
/// </summary>
public sealed record DatasetRecognition
{
    private DatasetRecognition(string? fileName, string? keyPrefix, string? extension)
    {
        FileNameStem = fileName;
        KeyPrefix = keyPrefix;
        Extension = extension;
    }

    /// <summary>The file name without <c>.csv</c>/<c>.gz</c> (case-insensitive), or null.</summary>
    public string? FileNameStem { get; }

    /// <summary>The key prefix (case-sensitive), or null.</summary>
    public string? KeyPrefix { get; }

    /// <summary>The extension the key ends with (case-insensitive), with its dot; only with <see cref="KeyPrefix"/>.</summary>
    public string? Extension { get; }

    /// <summary>Objects whose file is <paramref name="stem"/><c>.csv</c> (optionally <c>.gz</c>).</summary>
    public static DatasetRecognition FileName(string stem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stem);
        return new DatasetRecognition(stem, null, null);
    }

    /// <summary>Objects whose key starts with <paramref name="prefix"/> and ends with <paramref name="extension"/>.</summary>
    public static DatasetRecognition Key(string prefix, string extension)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        return new DatasetRecognition(null, prefix, extension);
    }

    /// <summary>Whether <paramref name="fileNameOrKey"/> (a file name or an object key) is one of this dataset's objects.</summary>
    public bool Matches(string fileNameOrKey)
    {
        ArgumentNullException.ThrowIfNull(fileNameOrKey);
        if (KeyPrefix is not null)
        {
            return fileNameOrKey.StartsWith(KeyPrefix, StringComparison.Ordinal) && fileNameOrKey.EndsWith(Extension!, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(Stem(fileNameOrKey), FileNameStem, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The file name of a key without <c>.gz</c> and <c>.csv</c> (in that order).</summary>
    public static string Stem(string fileNameOrKey)
    {
        ArgumentNullException.ThrowIfNull(fileNameOrKey);
        var name = fileNameOrKey[(fileNameOrKey.LastIndexOf('/') + 1)..];
        foreach (var suffix in new[] { ".gz", ".csv" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
            }
        }

        return name;
    }

    /// <inheritdoc />
    public override string ToString() => KeyPrefix is null ? $"file {FileNameStem}.csv[.gz]" : $"keys {KeyPrefix}…{Extension}";
}
