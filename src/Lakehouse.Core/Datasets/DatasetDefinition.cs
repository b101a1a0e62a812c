namespace Lakehouse.Core.Datasets;

/// <summary>
/// A dataset the pipeline knows: its declared schema (versioned by <see cref="SchemaId"/>), its key and how a file
/// is recognised. Declared in code so the compiler checks every stage that uses it.
/// </summary>
public sealed record DatasetDefinition(
    string Name,
    string SchemaId,
    IReadOnlyList<DatasetColumn> Columns,
    IReadOnlyList<string> Key,
    int LoadTier)
{
    /// <summary>
    /// Whether a source file may carry columns the schema does not declare (schema drift): ignored with a warning when
    /// true; the file is rejected naming them when false (the default, since an unknown column may hold personal data
    /// no masking rule covers).
    /// </summary>
    public bool AcceptsExtraColumns { get; init; }

    /// <summary>Position of a column, or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Position of a column that must exist.</summary>
    public int Ordinal(string column)
    {
        var index = IndexOf(column);
        return index >= 0
            ? index
            : throw new ArgumentException($"Dataset '{Name}' has no column '{column}'.", nameof(column));
    }
}
