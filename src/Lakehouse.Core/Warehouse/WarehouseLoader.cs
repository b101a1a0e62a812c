using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Validation.Expectations;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Lakehouse.Core.Warehouse;

/// <summary>
/// Loads one silver Parquet file into the star schema: binary COPY into a temporary staging table shaped like the
/// file, then the dataset's set-based merge (<see cref="DatasetUnit.Merge"/>), all in one transaction.
/// </summary>
public sealed partial class WarehouseLoader
{
    /// <summary>
    /// PostgreSQL advisory lock id ("LAKEMERG") every load holds in shared mode while merging into <c>dw</c>, beside the
    /// locks of the tables its merge touches (<see cref="MergeLocks"/>). An operator can take it exclusively
    /// (<c>SELECT pg_advisory_lock(5494755781389931079)</c>) to pause loads, e.g. during a warehouse backup.
    /// </summary>
    public const long MergeLockId = 0x4c414b45_4d455247;

    /// <summary>
    /// work_mem of a load's transaction. The merges sort and hash whole files (100k order ids and more); at the server
    /// default of 4 MB those sorts spill to disk (auto_explain: "external merge") and the hashes go to batches. Set per
    /// transaction, so the server's own setting stays as the operator chose; 64 MB per load is a small share of the
    /// memory a warehouse host has, and loads merge one at a time.
    /// </summary>
    public const string MergeWorkMem = "64MB";
    private readonly NpgsqlDataSource _dataSource;
    private readonly DatasetRegistry _datasets;
    private readonly ILogger<WarehouseLoader> _logger;

    /// <summary>Creates the loader.</summary>
    public WarehouseLoader(NpgsqlDataSource dataSource, DatasetRegistry datasets, ILogger<WarehouseLoader> logger)
    {
        _dataSource = dataSource;
        _datasets = datasets;
        _logger = logger;
    }

    /// <summary>Loads <paramref name="parquet"/> (a seekable stream) as object <paramref name="objectId"/>; returns the staged row count.</summary>
    public async Task<long> LoadAsync(string dataset, long objectId, Stream parquet, string objectKey, CancellationToken cancellationToken) =>
        (await LoadAsync(dataset, objectId, parquet, objectKey, null, cancellationToken))!.Value;

    /// <summary>
    /// Loads <paramref name="parquet"/> as object <paramref name="objectId"/> once <paramref name="check"/> has seen its staged
    /// rows and said yes (its lookups run in the load's transaction, before the merge takes its locks); returns the staged
    /// row count, or null when the check said no: then nothing of the load is kept.
    /// </summary>
    public Task<long?> LoadCheckedAsync(string dataset, long objectId, Stream parquet, string objectKey,
        Func<IStagedReferenceLookup, CancellationToken, Task<bool>> check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        return LoadAsync(dataset, objectId, parquet, objectKey, check, cancellationToken);
    }

    private async Task<long?> LoadAsync(string dataset, long objectId, Stream parquet, string objectKey,
        Func<IStagedReferenceLookup, CancellationToken, Task<bool>>? check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var unit = _datasets.Find(dataset) ?? throw new WarehouseLoadException($"{objectKey}: dataset '{dataset}' has no warehouse target.");
        await using var reader = await ParquetFileReader.OpenAsync(parquet, cancellationToken: cancellationToken);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await BeginMergeTransactionAsync(connection, cancellationToken);
            var staging = unit.CreateStaging(reader.Schema);
            await ExecuteAsync(connection, transaction, $"CREATE TEMP TABLE stg ({string.Join(", ", staging.Columns.Select(c => $"\"{c.Name}\" {c.Type}"))}) ON COMMIT DROP", cancellationToken);
            long rows;
            await using (var stream = await connection.BeginRawBinaryCopyAsync(
                $"COPY stg ({string.Join(", ", staging.Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                var output = new PgBinaryCopyWriter(stream);
                rows = await staging.WriteAsync(reader, output, cancellationToken);
                output.Complete();
            }

            // Temp tables are never auto-analyzed: without statistics the planner guesses a few hundred staged rows and
            // picks nested loops for merges that join 100k rows (measured by scripts/bench-e2e.sh). Row counts and
            // rough distinct counts are all the merges need, so a small sample: statistics target 10 reads 3,000 rows
            // instead of 30,000 (0.2-0.3 s per 100k-row file at the default, on the load lane's critical path).
            await ExecuteAsync(connection, transaction, "SET LOCAL default_statistics_target = 10", cancellationToken);
            await ExecuteAsync(connection, transaction, "ANALYZE stg", cancellationToken);
            if (check is not null && !await check(new StagedReferences(connection, transaction, staging.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal)), cancellationToken))
            {
                return null; // disposing the transaction rolls the staging back
            }

            // Serialises the merges of concurrent loads that touch the same tables (held until commit); staging and COPY
            // run in parallel. Without it an order and its items loading at the same time could each miss the other's
            // uncommitted rows: the items would keep the unknown customer and the order's fix-up would not see them.
            await using (var locks = Batch(MergeLocks.Statements(unit.Merge.Locks), null, connection, transaction))
            {
                await locks.ExecuteNonQueryAsync(cancellationToken);
            }

            var (rebuild, empty) = unit.Merge.Target is { } target ? await DeferIndexesAsync(connection, transaction, target, cancellationToken) : ([], false);
            // An empty target (it stays so but for this load, under its locks): its MERGE would only insert, and the plain
            // INSERT … SELECT does that for less (DatasetMerge.StatementsIntoEmptyTarget).
            var statements = empty && unit.Merge.StatementsIntoEmptyTarget is { } intoEmpty ? intoEmpty : unit.Merge.Statements;
            await using (var batch = Batch(statements, objectId, connection, transaction))
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }

            await ExecuteBatchAsync(rebuild, connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogLoaded(_logger, objectKey, dataset, rows);
            return rows;
        }
        catch (NpgsqlException e) when (IsTransient(e))
        {
            throw new TransientWarehouseException($"{objectKey}: transient PostgreSQL failure loading '{dataset}' ({(e as PostgresException)?.SqlState ?? e.GetType().Name}); retry.", e);
        }
        catch (PostgresException e)
        {
            throw new WarehouseLoadException($"{objectKey}: loading '{dataset}' failed in table {e.TableName ?? "(staging)"}: {e.SqlState} {e.MessageText}", e);
        }
    }

    /// <summary>
    /// What a run does once after its loads (<c>dw.finish_loads()</c>, migration 0015): the order totals of every order
    /// whose facts a load of this run (or an interrupted earlier one) changed, in one pass instead of one per file.
    /// Idempotent and safe beside running loads (it takes the order totals lock and sees only committed loads; a load that
    /// commits later is refreshed by its own finish). Returns the number of orders whose totals changed.
    /// </summary>
    public async Task<long> FinishAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await BeginMergeTransactionAsync(connection, cancellationToken);
            await using (var locks = Batch(MergeLocks.Statements(new MergeLockSet([], [])), null, connection, transaction))
            {
                await locks.ExecuteNonQueryAsync(cancellationToken); // the warehouse lock alone, shared: a paused warehouse pauses this too
            }

            await using var finish = new NpgsqlCommand("SELECT dw.finish_loads()", connection, transaction) { CommandTimeout = 0 };
            var changed = Convert.ToInt64(await finish.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            await transaction.CommitAsync(cancellationToken);
            LogFinished(_logger, changed);
            return changed;
        }
        catch (NpgsqlException e) when (IsTransient(e))
        {
            throw new TransientWarehouseException($"finishing the loads: transient PostgreSQL failure ({(e as PostgresException)?.SqlState ?? e.GetType().Name}); retry.", e);
        }
        catch (PostgresException e)
        {
            throw new WarehouseLoadException($"finishing the loads (order totals) failed: {e.SqlState} {e.MessageText}", e);
        }
    }

    /// <summary>
    /// The first load into an empty table (<see cref="DatasetMerge.Target"/>: a new warehouse, a dataset's first file) —
    /// or into a dimension that holds nothing but its unknown member (the rows the migrations insert, without a
    /// <c>source_object_id</c>: <c>dim_customer</c>'s first load, 99,441 customers, is on the load chain's critical path) —
    /// fills it without its indexes and builds them afterwards: this drops the table's indexes and its primary key or
    /// unique constraints and returns the statements that build them again, the same definitions and names, to run after
    /// the merge in the same transaction. One sorted build instead of an entry per row into each B-tree: 99,441 orders
    /// took 0.42 s into the indexed table and 0.31 s into the bare one plus the builds, 113,232 order items 0.45-0.49 s
    /// against 0.28-0.30 s (docs/benchmarks.md, run K). Nothing happens when the table holds a row loaded from a source,
    /// is referenced by a foreign key, or has an index that is not a plain, primary key or unique one (or a deferrable constraint): those
    /// keep their indexes and load entry by entry. The drops lock the table (access exclusive) until the load commits —
    /// the first load of an empty table, under the table's merge lock, so only readers of that empty table wait. Also says
    /// whether the table is empty (no row at all, not even an unknown member).
    /// </summary>
    private static async Task<(IReadOnlyList<string> Builds, bool Empty)> DeferIndexesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT CASE WHEN c.conname IS NULL THEN format('DROP INDEX %I.%I', n.nspname, i.relname)
                        ELSE format('ALTER TABLE %s DROP CONSTRAINT %I', x.indrelid::regclass, c.conname) END,
                   pg_get_indexdef(x.indexrelid),
                   CASE c.contype WHEN 'p' THEN format('ALTER TABLE %s ADD CONSTRAINT %I PRIMARY KEY USING INDEX %I', x.indrelid::regclass, c.conname, i.relname)
                                  WHEN 'u' THEN format('ALTER TABLE %s ADD CONSTRAINT %I UNIQUE USING INDEX %I', x.indrelid::regclass, c.conname, i.relname) END,
                   c.contype IS NULL OR (c.contype IN ('p', 'u') AND NOT c.condeferrable),
                   NOT EXISTS (SELECT 1 FROM ONLY {0} LIMIT 1)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_namespace n ON n.oid = i.relnamespace
            LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
            WHERE x.indrelid = $1::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_constraint r WHERE r.confrelid = $1::regclass)
              -- no row loaded from a source: a row without a source_object_id column, or with one set, stops it
              AND NOT EXISTS (SELECT 1 FROM ONLY {0} t WHERE NOT (to_jsonb(t) ? 'source_object_id') OR to_jsonb(t) ->> 'source_object_id' IS NOT NULL)
            ORDER BY i.relname
            """;
        var drops = new List<string>();
        var builds = new List<string>();
        var empty = false;
        await using (var command = new NpgsqlCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, table), connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = table });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!reader.GetBoolean(3))
                {
                    return ([], false);
                }

                empty = reader.GetBoolean(4);

                drops.Add(reader.GetString(0));
                builds.Add(reader.GetString(1));
                if (!reader.IsDBNull(2))
                {
                    builds.Add(reader.GetString(2));
                }
            }
        }

        await ExecuteBatchAsync(drops, connection, transaction, cancellationToken);
        return (builds, empty);
    }

    /// <summary>Statements without parameters in one round trip (<see cref="Batch"/>), in order; none, no round trip.</summary>
    private static async Task ExecuteBatchAsync(IReadOnlyList<string> statements, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return;
        }

        await using var batch = Batch(statements, null, connection, transaction);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A transaction set up for whole-file merges: <see cref="MergeWorkMem"/> and no JIT.</summary>
    private static async Task<NpgsqlTransaction> BeginMergeTransactionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SET LOCAL work_mem = '{MergeWorkMem}'", cancellationToken);
        // JIT compiles every statement costed above jit_above_cost: each whole-file merge paid 0.2-0.6 s of
        // compilation (auto_explain "JIT: Timing") to run a single pass it could not make faster.
        await ExecuteAsync(connection, transaction, "SET LOCAL jit = off", cancellationToken);
        return transaction;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Several statements in one round trip, in order; with parameters they must go as a batch (extended protocol).
    /// <paramref name="objectId"/>, when given, is every statement's <c>$1</c>.
    /// </summary>
    private static NpgsqlBatch Batch(IEnumerable<string> statements, long? objectId, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var batch = new NpgsqlBatch(connection, transaction) { Timeout = 0 };
        foreach (var statement in statements)
        {
            var command = new NpgsqlBatchCommand(statement);
            if (objectId is { } id)
            {
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
            }

            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    /// <summary>
    /// Referential integrity on the staged rows: the distinct values of a <c>stg</c> column and how many of them are absent
    /// from the referenced table, counted in PostgreSQL without sending the values (the silver path's <c>unnest</c> query
    /// sends them).
    /// </summary>
    private sealed class StagedReferences(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlySet<string> columns) : IStagedReferenceLookup
    {
        public async Task<(long Distinct, long Missing)> CountMissingAsync(string column, string table, string tableColumn, CancellationToken cancellationToken)
        {
            if (!columns.Contains(column))
            {
                throw new InvalidOperationException($"The staging table has no column '{column}' to check against {table}.{tableColumn}.");
            }

            // Names come from the declared suites (the dataset units), never from data; quoted all the same. When the
            // referenced column is unique (a key: an order id, a product id), a left join counts both figures in one pass
            // over the distinct values; otherwise (a join could repeat a value) they are counted apart, with an anti-join.
            var (staged, referenced, key) = (SqlIdentifier.Quote(column), SqlIdentifier.Quote(table), SqlIdentifier.Quote(tableColumn));
            var distinct = $"SELECT DISTINCT {staged} AS v FROM stg WHERE {staged} IS NOT NULL";
            var sql = await IsUniqueAsync(table, tableColumn, cancellationToken)
                ? $"SELECT count(*), count(*) FILTER (WHERE t.{key} IS NULL) FROM ({distinct}) d LEFT JOIN {referenced} t ON t.{key} = d.v"
                : $"WITH d AS MATERIALIZED ({distinct}) "
                    + $"SELECT (SELECT count(*) FROM d), (SELECT count(*) FROM d WHERE NOT EXISTS (SELECT 1 FROM {referenced} t WHERE t.{key} = d.v))";
            await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return (reader.GetInt64(0), reader.GetInt64(1));
        }

        /// <summary>Whether <paramref name="column"/> alone is a unique key of <paramref name="table"/> (a plain unique index on it).</summary>
        private async Task<bool> IsUniqueAsync(string table, string column, CancellationToken cancellationToken)
        {
            const string sql = """
                SELECT EXISTS (SELECT 1 FROM pg_index x JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
                               WHERE x.indrelid = to_regclass($1) AND x.indisunique AND x.indnkeyatts = 1 AND x.indpred IS NULL
                                 AND x.indexprs IS NULL AND a.attname = $2)
                """;
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = table });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = column });
            return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
    }

    private static bool IsTransient(NpgsqlException e) =>
        e.IsTransient || e is PostgresException { SqlState: "40001" or "40P01" or "55P03" };

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Finished the loads: order totals of {Orders} order(s) refreshed")]
    private static partial void LogFinished(ILogger logger, long orders);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Loaded {ObjectKey} ({Dataset}): {Rows} rows staged and merged")]
    private static partial void LogLoaded(ILogger logger, string objectKey, string dataset, long rows);
}
