namespace Lakehouse.Core.Parquet;

/// <summary>A flat Parquet schema: an ordered list of uniquely named columns.</summary>
public sealed class ParquetSchema
{
    private readonly Dictionary<string, int> _indexByName = new(StringComparer.Ordinal);

    public ParquetSchema(IEnumerable<ParquetField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var list = fields.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var field = list[i] ?? throw new ArgumentException($"Field {i} is null.", nameof(fields));
            if (string.IsNullOrEmpty(field.Name))
            {
                throw new ArgumentException($"Field {i} has no name.", nameof(fields));
            }

            if (!_indexByName.TryAdd(field.Name, i))
            {
                throw new ArgumentException($"Duplicate column name '{field.Name}'.", nameof(fields));
            }
        }

        Fields = list.AsReadOnly();
    }

    public IReadOnlyList<ParquetField> Fields { get; }

    /// <summary>Index of the column named <paramref name="name"/> (ordinal comparison), or -1.</summary>
    public int IndexOf(string name) => _indexByName.GetValueOrDefault(name, -1);
}
