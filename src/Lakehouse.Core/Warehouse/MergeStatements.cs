using System.Collections.Concurrent;

namespace Lakehouse.Core.Warehouse;

/// <summary>
/// The set-based merge of each dataset from its staging table (<c>stg</c>, the silver rows of one object) into the
/// star schema, one SQL file per dataset under <c>Warehouse/Merges/</c> (embedded). <c>$1</c> is the catalog object
/// id. Every statement is idempotent: re-loading the same object changes no row (updates only happen WHERE the values
/// differ), and rows this object loaded before but no longer holds are removed. Facts are merged with MERGE (an
/// anti-join and plain inserts: about 20 % cheaper than INSERT ... ON CONFLICT, whose speculative insertion pays per
/// row); its insert-or-update is safe because a merge holds its target tables' locks exclusively (<see cref="MergeLocks"/>).
/// Inferred members are looked up with an anti-join before ON CONFLICT DO NOTHING (a conflict costs a speculative
/// insertion). Statements are separated by <c>;</c>, so none contains one, not even in a comment.
/// </summary>
public static class MergeStatements
{
    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.Ordinal);

    /// <summary>The merge of a dataset, or null when the dataset has no warehouse target.</summary>
    public static string? For(string dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Cache.GetOrAdd(dataset, static name =>
        {
            using var stream = typeof(MergeStatements).Assembly.GetManifestResourceStream($"merges/{name}.sql");
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
    }
}
