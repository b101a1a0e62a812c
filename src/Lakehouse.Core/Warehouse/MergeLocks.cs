namespace Lakehouse.Core.Warehouse;

/// <summary>
/// The PostgreSQL advisory locks a dataset's merge holds (until its transaction ends): exclusive on every warehouse
/// table it writes, shared on every table it reads and needs stable, plus the warehouse-wide merge lock
/// (<see cref="WarehouseLoader.MergeLockId"/>) in shared mode, so an operator who takes that one exclusively pauses
/// every load (for a backup, say).
/// </summary>
/// <remarks>
/// <para>
/// Why per table and not one lock for all merges: merges that touch different tables can then run side by side, each
/// on its own PostgreSQL backend. A full-scale run merges payments, reviews, items and geolocation side by side, and
/// only the recount marks of items and payments take turns (scripts/bench-e2e.sh; before, every merge waited for
/// the one before it). What stays
/// serialised is what must: an order and its items, payments or reviews (each would miss the other's uncommitted rows
/// and leave facts on the unknown customer), items and payments (both rewrite the totals of the same orders), and every
/// pair that inserts into the same dimension (inferred members).
/// </para>
/// <para>
/// The item and payment totals of <c>dw.fact_order</c> have a lock of their own, the order totals lock
/// (<c>dw.lock_order_totals()</c>, migration 0009): items and payments read <c>fact_order</c> in shared mode, merge
/// their facts side by side, and take that lock in their SQL just before they write the <c>-1</c> recount marks, the
/// only columns of <c>fact_order</c> they write (only when they removed rows, so that there are marks to write: a first
/// load takes no lock and waits for nothing); the totals themselves are refreshed once per run under the same lock
/// (<c>dw.finish_loads()</c>, migration 0015, <see cref="WarehouseLoader.FinishAsync"/>). The orders merge holds
/// <c>fact_order</c> exclusively.
/// </para>
/// <para>
/// Deadlock-free: every merge takes its table locks before its first statement, the warehouse lock first and then the
/// tables in the order of <see cref="Tables"/>; the order totals lock comes after all of them (key 100), and a merge
/// that takes it waits for nothing else afterwards. Merges that hold their locks together write disjoint tables
/// (bar the totals, which take turns), so their row locks cannot wait on each other in a cycle either. Each dataset
/// unit declares its set next to its merge SQL (<c>DatasetUnit.Merge</c>); <c>MergeLocksTests</c> checks each set against
/// the tables its merge SQL writes and reads, and the registry that every table is in <see cref="Tables"/>.
/// </para>
/// </remarks>
public static class MergeLocks
{
    /// <summary>First key of the two-key advisory locks of warehouse tables ("LAKE"); the second is the table's index in <see cref="Tables"/> + 1.</summary>
    public const int TableLockSpace = 0x4c414b45;

    /// <summary>
    /// The lockable warehouse tables, in lock order (a table's key is its position + 1: new tables go at the end). A table
    /// a dataset's lock set names must be here (checked by the dataset registry).
    /// </summary>
    public static IReadOnlyList<string> Tables { get; } =
    [
        "product_category", "dim_product", "dim_seller", "dim_customer", "dim_geography", "dim_payment_type",
        "fact_order", "fact_order_item", "fact_payment", "fact_review",
        "dim_indicator", "fact_indicator", "dim_location", "fact_weather_daily",
    ];

    /// <summary>
    /// The lock set of a dataset's merge, as its unit declares it (<c>DatasetUnit.Merge</c>); a dataset the built-in
    /// registry does not know locks every table (a safe default).
    /// </summary>
    public static MergeLockSet For(string dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Datasets.BuiltInDatasets.Registry.Find(dataset)?.Merge.Locks ?? new MergeLockSet(Tables, []);
    }

    /// <summary>The statements that take <paramref name="set"/>'s locks in lock order (one per lock).</summary>
    public static IEnumerable<string> Statements(MergeLockSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        yield return $"SELECT pg_advisory_xact_lock_shared({WarehouseLoader.MergeLockId})";
        for (var i = 0; i < Tables.Count; i++)
        {
            if (set.Writes.Contains(Tables[i]))
            {
                yield return $"SELECT pg_advisory_xact_lock({TableLockSpace}, {i + 1})";
            }
            else if (set.Reads.Contains(Tables[i]))
            {
                yield return $"SELECT pg_advisory_xact_lock_shared({TableLockSpace}, {i + 1})";
            }
        }
    }
}

/// <summary>Warehouse tables a merge writes (locked exclusively) and reads (locked shared); names as in <see cref="MergeLocks.Tables"/>.</summary>
public sealed record MergeLockSet(IReadOnlyList<string> Writes, IReadOnlyList<string> Reads);
