namespace Lakehouse.Core.Datasets;

/// <summary>
/// The datasets the pipeline knows, each a <see cref="DatasetUnit"/>, checked as a whole when the registry is built
/// (<see cref="DatasetUnitChecks"/>): every unit must have a valid schema, recognition, parser, row rules, table
/// expectations, masking section, merge SQL, lock set and staging, and no two units may share a name or claim the
/// same objects. The stages resolve it from DI (<c>AddLakehouse</c> registers <see cref="BuiltInDatasets.Registry"/>,
/// so a broken unit fails the composition, at start-up).
/// </summary>
public sealed class DatasetRegistry
{
    private readonly Dictionary<string, DatasetUnit> _byName;
    private readonly Dictionary<string, DatasetUnit> _byFileName;

    /// <summary>Checks and registers <paramref name="units"/> (their order is kept: load-tier order by convention).</summary>
    /// <exception cref="DatasetRegistryException">A unit is incomplete or inconsistent; the message lists every problem.</exception>
    public DatasetRegistry(IEnumerable<DatasetUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        Units = [.. units];
        var problems = DatasetUnitChecks.Check(Units);
        if (problems.Count > 0)
        {
            throw new DatasetRegistryException(problems);
        }

        _byName = Units.ToDictionary(u => u.Name, StringComparer.OrdinalIgnoreCase);
        _byFileName = Units.Where(u => u.Recognition.FileNameStem is not null)
            .ToDictionary(u => u.Recognition.FileNameStem!, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every unit, in registration order.</summary>
    public IReadOnlyList<DatasetUnit> Units { get; }

    /// <summary>The names of the datasets, comma separated (for messages).</summary>
    public string KnownNames => string.Join(", ", Units.Select(u => u.Name));

    /// <summary>The unit named <paramref name="name"/> (any case), or null.</summary>
    public DatasetUnit? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.GetValueOrDefault(name);
    }

    /// <summary>The unit named <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">No such dataset; the message lists the known ones.</exception>
    public DatasetUnit Get(string? name) =>
        (name is null ? null : Find(name)) ?? throw new InvalidOperationException($"Unknown dataset '{name}'. Known: {KnownNames}.");

    /// <summary>The unit whose objects <paramref name="fileNameOrKey"/> is (by file name, then by key prefix), or null.</summary>
    public DatasetUnit? Recognize(string fileNameOrKey)
    {
        ArgumentNullException.ThrowIfNull(fileNameOrKey);
        return _byFileName.GetValueOrDefault(DatasetRecognition.Stem(fileNameOrKey))
            ?? Units.FirstOrDefault(u => u.Recognition.KeyPrefix is not null && u.Recognition.Matches(fileNameOrKey));
    }
}
