using Lakehouse.Core.Transform;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// The start-up check of a set of <see cref="DatasetUnit"/>s: builds every piece of every unit (schema, recognition,
/// format, row rules, table expectations, masking section, merge SQL and locks, staging) and reports what is missing or
/// inconsistent, one line per problem, naming the dataset and the piece.
/// </summary>
internal static class DatasetUnitChecks
{
    public static IReadOnlyList<string> Check(IReadOnlyList<DatasetUnit> units)
    {
        var problems = new List<string>();
        foreach (var (unit, index) in units.Select((u, i) => (u, i)))
        {
            if (unit is null)
            {
                problems.Add($"unit #{index}: null");
                continue;
            }

            var name = Try(problems, $"unit #{index} ({unit.GetType().Name})", "schema", () => unit.Definition)?.Name ?? unit.GetType().Name;
            var at = $"dataset '{name}' ({unit.GetType().Name})";
            if (Try(problems, at, "schema", () => unit.Definition) is { } definition)
            {
                CheckSchema(problems, at, definition);
            }

            Try(problems, at, "recognition", () => unit.Recognition ?? throw new InvalidOperationException("none declared"));
            Try(problems, at, "format", () => unit.Format ?? throw new InvalidOperationException("none declared"));
            Try(problems, at, "row rules", () => unit.RowRules);
            Try(problems, at, "table expectations", unit.CreateTableExpectations);
            Try(problems, at, "masking", () => unit.Masks);
            Try(problems, at, "merge", () => CheckMerge(unit.Merge ?? throw new InvalidOperationException("none declared")));
            Try(problems, at, "staging", () => unit.CreateStaging(SilverSchemas.For(unit.Definition)).Columns);
        }

        CheckUnique(problems, units);
        return problems;
    }

    private static void CheckSchema(List<string> problems, string at, DatasetDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Name) || string.IsNullOrWhiteSpace(definition.SchemaId) || definition.Columns.Count == 0)
        {
            problems.Add($"{at}, schema: name, schema id and at least one column are required");
        }

        foreach (var duplicate in definition.Columns.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{at}, schema: column '{duplicate.Key}' is declared twice");
        }

        foreach (var key in definition.Key.Where(k => definition.IndexOf(k) < 0))
        {
            problems.Add($"{at}, schema: key column '{key}' is not a column");
        }
    }

    private static bool CheckMerge(DatasetMerge merge)
    {
        _ = merge.Sql;
        if (merge.Locks is null || merge.Locks.Writes.Count == 0)
        {
            throw new InvalidOperationException("no lock set, or one that writes no table");
        }

        var unknown = merge.Locks.Writes.Concat(merge.Locks.Reads).Where(t => !MergeLocks.Tables.Contains(t)).ToList();
        return unknown.Count == 0 ? true
            : throw new InvalidOperationException($"lock set names table(s) {string.Join(", ", unknown)} missing from the lock order (MergeLocks.Tables)");
    }

    private static void CheckUnique(List<string> problems, IReadOnlyList<DatasetUnit> units)
    {
        var valid = units.Where(u => u is not null && Safe(() => u.Definition) is not null && Safe(() => u.Recognition) is not null).ToList();
        foreach (var group in valid.GroupBy(u => u.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"dataset '{group.Key}': registered {group.Count()} times");
        }

        foreach (var group in valid.Where(u => u.Recognition.FileNameStem is not null)
            .GroupBy(u => u.Recognition.FileNameStem!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"recognition: file '{group.Key}' is claimed by {string.Join(", ", group.Select(u => u.Name))}");
        }

        var prefixed = valid.Where(u => u.Recognition.KeyPrefix is not null).ToList();
        foreach (var a in prefixed)
        {
            foreach (var b in prefixed.Where(b => !ReferenceEquals(a, b) && b.Recognition.KeyPrefix!.StartsWith(a.Recognition.KeyPrefix!, StringComparison.Ordinal)))
            {
                problems.Add($"recognition: keys {b.Recognition.KeyPrefix}… of '{b.Name}' are also claimed by '{a.Name}' ({a.Recognition.KeyPrefix}…)");
            }
        }
    }

    private static T? Try<T>(List<string> problems, string at, string piece, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or NotSupportedException or WarehouseLoadException or NullReferenceException)
        {
            problems.Add($"{at}, {piece}: {e.Message}");
            return default;
        }
    }

    private static T? Safe<T>(Func<T> get)
    {
        try
        {
            return get();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException)
        {
            return default;
        }
    }
}
