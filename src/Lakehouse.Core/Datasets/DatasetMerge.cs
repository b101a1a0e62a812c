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

    /// <summary>
    /// <see cref="Statements"/> for a load into <see cref="Target"/> while it is empty (the loader has checked, under the
    /// table's merge lock and with its indexes dropped: <see cref="Warehouse.WarehouseLoader"/>): the <c>MERGE</c> becomes
    /// the <c>INSERT … SELECT</c> of its <c>WHEN NOT MATCHED</c> clause, which is what every row of it does when nothing can
    /// match — without the merge's join against the target and its per-row action (99,441 orders: 0.25 s against 0.34 s,
    /// docs/benchmarks.md run M). Null when the merge is not of that plain shape (<c>USING (…) AS alias ON …</c>, an
    /// unconditional <c>WHEN NOT MATCHED THEN INSERT (…) VALUES (…)</c> as its last clause) or an earlier statement writes
    /// the target: then the <c>MERGE</c> runs as written.
    /// </summary>
    public IReadOnlyList<string>? StatementsIntoEmptyTarget => Target is { } table ? IntoEmptyTarget(Statements, table) : null;

    /// <summary><paramref name="statements"/> with the <c>MERGE INTO</c> <paramref name="table"/> rewritten (<see cref="StatementsIntoEmptyTarget"/>), or null.</summary>
    internal static IReadOnlyList<string>? IntoEmptyTarget(IReadOnlyList<string> statements, string table)
    {
        var rewritten = statements.ToList();
        var at = rewritten.FindIndex(s => Regex.IsMatch(s, $@"\bMERGE INTO {Regex.Escape(table)}\b", RegexOptions.CultureInvariant));
        if (at < 0 || rewritten.Take(at).Any(s => Regex.IsMatch(s, $@"\b(INSERT INTO|UPDATE|DELETE FROM|MERGE INTO) {Regex.Escape(table)}\b", RegexOptions.CultureInvariant)
                && !IsRemovalOfItsOwnRows(s, table))
            || InsertOfNotMatched(rewritten[at]) is not { } insert)
        {
            return null;
        }

        rewritten[at] = insert;
        return rewritten;
    }

    /// <summary>A removal of the rows the object loaded before (<c>DELETE FROM target … source_object_id = $1</c>): nothing to remove from an empty table.</summary>
    private static bool IsRemovalOfItsOwnRows(string statement, string table) =>
        Regex.IsMatch(statement, $@"\bDELETE FROM {Regex.Escape(table)}\b[\s\S]*\bsource_object_id = \$1\b", RegexOptions.CultureInvariant)
        && !Regex.IsMatch(statement, $@"\b(INSERT INTO|UPDATE|MERGE INTO) {Regex.Escape(table)}\b", RegexOptions.CultureInvariant);

    /// <summary><c>MERGE INTO t AS f USING (q) AS x ON … WHEN NOT MATCHED THEN INSERT (c) VALUES (v)</c> → <c>INSERT INTO t (c) SELECT v FROM (q) AS x</c>, or null.</summary>
    private static string? InsertOfNotMatched(string merge)
    {
        var head = Regex.Match(merge, @"\bMERGE INTO (?<table>[\w.]+) AS \w+\s+USING\s*\(", RegexOptions.CultureInvariant);
        var sourceEnd = head.Success ? Closing(merge, head.Index + head.Length - 1) : -1;
        var alias = sourceEnd < 0 ? Match.Empty : Regex.Match(merge[(sourceEnd + 1)..], @"^\s*AS (?<alias>\w+)\s+ON\b", RegexOptions.CultureInvariant);
        var clauses = Regex.Matches(merge, @"\bWHEN NOT MATCHED\b", RegexOptions.CultureInvariant);
        var insert = Regex.Match(merge, @"\bWHEN NOT MATCHED THEN\s+INSERT\s*\(", RegexOptions.CultureInvariant);
        if (!alias.Success || clauses.Count != 1 || !insert.Success || insert.Index < sourceEnd)
        {
            return null;
        }

        var columnsStart = insert.Index + insert.Length - 1;
        var columnsEnd = Closing(merge, columnsStart);
        var values = columnsEnd < 0 ? Match.Empty : Regex.Match(merge[(columnsEnd + 1)..], @"^\s*VALUES\s*\(", RegexOptions.CultureInvariant);
        var valuesStart = columnsEnd + values.Length;
        var valuesEnd = values.Success ? Closing(merge, valuesStart) : -1;
        if (valuesEnd < 0 || merge[(valuesEnd + 1)..].Trim().Length > 0)
        {
            return null;
        }

        var sourceStart = head.Index + head.Length - 1;
        return $"INSERT INTO {head.Groups["table"].Value} ({merge[(columnsStart + 1)..columnsEnd]})\nSELECT {merge[(valuesStart + 1)..valuesEnd]}\n"
            + $"FROM ({merge[(sourceStart + 1)..sourceEnd]}) AS {alias.Groups["alias"].Value}";
    }

    /// <summary>The index of the parenthesis closing the one at <paramref name="open"/>, skipping quoted text and <c>--</c> comments; -1 when none.</summary>
    private static int Closing(string sql, int open)
    {
        var depth = 0;
        for (var i = open; i < sql.Length; i++)
        {
            switch (sql[i])
            {
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
                case '\'' or '"':
                    var end = sql.IndexOf(sql[i], i + 1);
                    if (end < 0)
                    {
                        return -1;
                    }

                    i = end;
                    break;
                case '-' when i + 1 < sql.Length && sql[i + 1] == '-':
                    var line = sql.IndexOf('\n', i);
                    i = line < 0 ? sql.Length : line;
                    break;
            }
        }

        return -1;
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
