using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// A dataset's merge into the star schema: its SQL, a file next to the unit embedded as <c>merges/{file}</c>, run as one
/// batch after the staging table <c>stg</c> is filled (<c>$1</c> is the catalog object id; statements separated by
/// <c>;</c>, so none contains one, not even in a comment), and the advisory locks it holds (<see cref="MergeLocks"/>).
/// Every merge is idempotent: it updates only rows whose values differ and removes the rows the object loaded before
/// but no longer holds.
/// </summary>
/// <param name="SqlResource">File name of the embedded SQL, e.g. <c>orders.merge.sql</c>.</param>
/// <param name="Locks">Warehouse tables the SQL writes (locked exclusively) and reads (locked shared).</param>
public sealed record DatasetMerge(string SqlResource, MergeLockSet Locks)
{
    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.Ordinal);

    /// <summary>The SQL.</summary>
    /// <exception cref="InvalidOperationException">The file is not embedded or is empty.</exception>
    public string Sql => Load(SqlResource) is { Length: > 0 } sql
        ? sql
        : throw new InvalidOperationException($"Merge SQL '{SqlResource}' is not embedded (merges/{SqlResource}) or is empty.");

    /// <summary>
    /// Whether the merge queues work for the end of its run (<c>dw.finish_loads()</c>, migration 0015: the order totals of
    /// the orders whose facts it changed): order items, payments and orders. A run finishes the loads once all such
    /// objects have loaded, beside the loads that are still running.
    /// </summary>
    public bool QueuesFinish => Sql.Contains("INSERT INTO dw.order_totals_pending", StringComparison.Ordinal);

    /// <summary>
    /// The table the merge's <c>MERGE INTO</c> fills (<c>dw.fact_order</c>, <c>dw.dim_customer</c>, …), or null when it has
    /// none or when one of its statements needs that table's unique indexes (<c>INSERT INTO</c> it <c>… ON CONFLICT</c>): a
    /// load into this table while it is empty builds its indexes after the merge instead of entry by entry
    /// (<see cref="Warehouse.WarehouseLoader"/>).
    /// </summary>
    public string? Target
    {
        get
        {
            var match = Regex.Match(Sql, @"\bMERGE INTO (dw\.\w+)", RegexOptions.CultureInvariant);
            if (!match.Success)
            {
                return null;
            }

            var table = match.Groups[1].Value;
            return Statements.Any(s => Regex.IsMatch(s, $@"\bINSERT INTO {Regex.Escape(table)}\b[\s\S]*\bON CONFLICT\b", RegexOptions.CultureInvariant))
                ? null
                : table;
        }
    }

    /// <summary>The statements of <see cref="Sql"/>, in order.</summary>
    public IReadOnlyList<string> Statements => Sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Load(string resource) => Cache.GetOrAdd(resource, static name =>
    {
        using var stream = typeof(DatasetMerge).Assembly.GetManifestResourceStream($"merges/{name}");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    });
}
