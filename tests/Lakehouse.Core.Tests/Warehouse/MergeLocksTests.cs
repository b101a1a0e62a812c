using System.Text.RegularExpressions;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Tests.Warehouse;

/// <summary>
/// Each dataset's declared merge locks against what its merge SQL does: every warehouse table a statement writes is
/// locked exclusively and every table it reads is locked, so two merges that may run side by side never touch the
/// same table unless both only read it. The one exception, the totals of <c>dw.fact_order</c>, is written only after
/// the merge took the order totals lock.
/// </summary>
public partial class MergeLocksTests
{
    /// <summary>Columns of <c>dw.fact_order</c> that the order totals lock covers.</summary>
    private static readonly HashSet<string> TotalsColumns =
        ["item_count", "items_price_total", "items_freight_total", "payment_count", "payment_value_total", "loaded_at"];

    public static TheoryData<string> Datasets => [.. BuiltInDatasets.Registry.Units.Select(u => u.Name)];

    [Fact]
    public void QueuesFinish_ExactlyTheMergesThatQueueOrderTotals()
    {
        // A run finishes its loads (dw.finish_loads) once these have loaded, beside the others (IngestOrchestration).
        Assert.Equal(["order_items", "order_payments", "orders"],
            BuiltInDatasets.Registry.Units.Where(u => u.Merge.QueuesFinish).Select(u => u.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void For_EveryDataset_CoversTheTablesItsMergeWritesAndReads(string dataset)
    {
        var sql = Regex.Replace(BuiltInDatasets.Registry.Get(dataset).Merge.Sql, "--[^\n]*", "");
        var set = MergeLocks.For(dataset);
        Assert.NotEqual(MergeLocks.Tables, set.Writes); // declared, not the lock-everything default

        // dw.order_totals_pending is the queue of the order totals refresh (migration 0015): a merge only inserts its
        // own object's row (ON CONFLICT DO NOTHING), so merges side by side never touch the same row of it.
        var writes = Writes().Matches(sql).Select(m => m.Groups["table"].Value).Where(t => t != "order_totals_pending").ToHashSet();
        var reads = Reads().Matches(sql).Select(m => m.Groups["table"].Value).Where(t => t != "dim_date").ToHashSet(); // dim_date: generated once, never written
        foreach (var table in writes)
        {
            var covered = set.Writes.Contains(table) || (table == "fact_order" && WritesOnlyTotalsUnderTheirLock(sql));
            Assert.True(covered, $"{dataset}: its merge writes dw.{table} without an exclusive lock on it");
        }

        foreach (var table in reads.Except(writes))
        {
            Assert.True(set.Reads.Contains(table) || set.Writes.Contains(table), $"{dataset}: its merge reads dw.{table} without a lock on it");
        }

        Assert.All(set.Writes.Concat(set.Reads), t => Assert.Contains(t, MergeLocks.Tables));
    }

    [Fact]
    public void Statements_TakeTheWarehouseLockSharedThenTablesInLockOrder()
    {
        var statements = MergeLocks.Statements(MergeLocks.For("order_items")).ToList();

        Assert.Equal($"SELECT pg_advisory_xact_lock_shared({WarehouseLoader.MergeLockId})", statements[0]);
        var order = statements.Skip(1).Select(s => int.Parse(Regex.Match(s, @", (\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(order.Order(), order);
        Assert.Equal(
            ["dim_product", "dim_seller", "fact_order", "fact_order_item"],
            order.Select(i => MergeLocks.Tables[i - 1]));
        Assert.Contains($"SELECT pg_advisory_xact_lock_shared({MergeLocks.TableLockSpace}, {MergeLocks.Tables.ToList().IndexOf("fact_order") + 1})", statements);
    }

    /// <summary>
    /// Every write to <c>dw.fact_order</c> (the -1 recount marks) comes after <c>dw.lock_order_totals()</c>,
    /// and every UPDATE sets totals columns only.
    /// </summary>
    private static bool WritesOnlyTotalsUnderTheirLock(string sql)
    {
        var locked = sql.IndexOf("SELECT dw.lock_order_totals()", StringComparison.Ordinal);
        var updates = FactOrderUpdates().Matches(sql);
        return locked >= 0
            && updates.All(m => m.Index > locked && m.Groups["set"].Value.Split(',').Select(a => a.Split('=')[0].Trim()).All(TotalsColumns.Contains));
    }

    [GeneratedRegex(@"(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE\s+INTO)\s+dw\.(?<table>[a-z_]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Writes();

    [GeneratedRegex(@"(?:FROM|JOIN)\s+dw\.(?<table>[a-z_]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Reads();

    [GeneratedRegex(@"UPDATE\s+dw\.fact_order\s+\w*\s*SET\s+(?<set>.*?)\s+(?:FROM|WHERE)\s", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex FactOrderUpdates();
}
