using Lakehouse.Core.Parquet;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Lakehouse.Core.Warehouse;

/// <summary>
/// Loads one silver Parquet file into the star schema: binary COPY into a temporary staging table shaped like the
/// file, then the dataset's set-based merge (<see cref="MergeStatements"/>), all in one transaction.
/// </summary>
public sealed partial class WarehouseLoader
{
    /// <summary>
    /// PostgreSQL advisory lock id ("LAKEMERG") every load holds while merging into <c>dw</c>. An operator can take it
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
    private readonly ILogger<WarehouseLoader> _logger;

    /// <summary>Creates the loader.</summary>
    public WarehouseLoader(NpgsqlDataSource dataSource, ILogger<WarehouseLoader> logger)
    {
        _dataSource = dataSource;
        _logger = logger;
    }

    /// <summary>Loads <paramref name="parquet"/> (a seekable stream) as object <paramref name="objectId"/>; returns the staged row count.</summary>
    public async Task<long> LoadAsync(string dataset, long objectId, Stream parquet, string objectKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var merge = MergeStatements.For(dataset)
            ?? throw new WarehouseLoadException($"{objectKey}: dataset '{dataset}' has no warehouse target.");
        using var reader = ParquetReader.Open(parquet);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, $"SET LOCAL work_mem = '{MergeWorkMem}'", cancellationToken);
            // JIT compiles every statement costed above jit_above_cost: each whole-file merge paid 0.2-0.6 s of
            // compilation (auto_explain "JIT: Timing") to run a single pass it could not make faster.
            await ExecuteAsync(connection, transaction, "SET LOCAL jit = off", cancellationToken);
            await CreateStagingAsync(connection, transaction, reader.Schema, cancellationToken);
            var rows = await CopyAsync(connection, reader, cancellationToken);
            // Temp tables are never auto-analyzed: without statistics the planner guesses a few hundred staged rows and
            // picks nested loops for merges that join 100k rows (measured by scripts/bench-e2e.sh). Row counts and
            // rough distinct counts are all the merges need, so a small sample: statistics target 10 reads 3,000 rows
            // instead of 30,000 (0.2-0.3 s per 100k-row file at the default, on the load lane's critical path).
            await ExecuteAsync(connection, transaction, "SET LOCAL default_statistics_target = 10", cancellationToken);
            await ExecuteAsync(connection, transaction, "ANALYZE stg", cancellationToken);
            // Serialises the merges of concurrent loads (held until commit). Staging and COPY still run in parallel; only
            // the merges queue. Without it an order and its items loading at the same time could each miss the other's
            // uncommitted rows: the items would keep the unknown customer and the order's fix-up would not see them.
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MergeLockId})", cancellationToken);
            await using (var batch = MergeBatch(merge, objectId, connection, transaction))
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }

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

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A merge holds several statements; with parameters they must go as a batch (extended protocol).</summary>
    private static NpgsqlBatch MergeBatch(string merge, long objectId, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var batch = new NpgsqlBatch(connection, transaction) { Timeout = 0 };
        foreach (var statement in merge.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var command = new NpgsqlBatchCommand(statement);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = objectId });
            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    private static bool IsTransient(NpgsqlException e) =>
        e.IsTransient || e is PostgresException { SqlState: "40001" or "40P01" or "55P03" };

    /// <summary>
    /// The staging table: the file's columns, plus <c>x__date_key</c> after each timestamp column <c>x</c> (see
    /// <see cref="DateKeys"/>).
    /// </summary>
    private static async Task CreateStagingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ParquetSchema schema, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", schema.Fields.Select(f => f.Type == ParquetType.TimestampMicros
            ? $"\"{f.Name}\" {PgType(f)}, \"{f.Name}{DateKeys.StagedColumnSuffix}\" integer NOT NULL"
            : $"\"{f.Name}\" {PgType(f)}"));
        await ExecuteAsync(connection, transaction, $"CREATE TEMP TABLE stg ({columns}) ON COMMIT DROP", cancellationToken);
    }

    /// <summary>
    /// Binary COPY of the file into stg, a row group at a time, column-decoded by the reader, each value written by its
    /// column's typed writer (<see cref="PgBinaryCopyWriter"/>), plus the date key after each timestamp.
    /// </summary>
    private static async Task<long> CopyAsync(NpgsqlConnection connection, ParquetReader reader, CancellationToken cancellationToken)
    {
        var fields = reader.Schema.Fields;
        var writers = fields.Select(Writer).ToArray();
        var isTimestamp = fields.Select(f => f.Type == ParquetType.TimestampMicros).ToArray();
        var width = fields.Count + isTimestamp.Count(t => t);
        var copy = $"COPY stg ({string.Join(", ", fields.Select(f => f.Type == ParquetType.TimestampMicros
            ? $"\"{f.Name}\", \"{f.Name}{DateKeys.StagedColumnSuffix}\""
            : $"\"{f.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var stream = await connection.BeginRawBinaryCopyAsync(copy, cancellationToken);
        var output = new PgBinaryCopyWriter(stream);
        for (var group = 0; group < reader.RowGroups.Count; group++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var columns = reader.ReadRowGroup(group);
            var rows = columns.Length == 0 ? 0 : columns[0].Length;
            for (var row = 0; row < rows; row++)
            {
                output.StartRow(width);
                for (var c = 0; c < columns.Length; c++)
                {
                    var value = columns[c][row];
                    if (value is null)
                    {
                        output.WriteNull();
                    }
                    else
                    {
                        writers[c](output, value);
                    }

                    if (isTimestamp[c])
                    {
                        output.Write(DateKeys.Of((DateTime?)value));
                    }
                }
            }
        }

        output.Complete();
        return output.Rows;
    }

    private static Action<PgBinaryCopyWriter, object> Writer(ParquetField field) => field.Type switch
    {
        ParquetType.Boolean => static (w, v) => w.Write((bool)v),
        ParquetType.Int32 => static (w, v) => w.Write((int)v),
        ParquetType.Int64 => static (w, v) => w.Write((long)v),
        ParquetType.Float => static (w, v) => w.Write((float)v),
        ParquetType.Double => static (w, v) => w.Write((double)v),
        ParquetType.String => static (w, v) => w.Write((string)v),
        ParquetType.Date => static (w, v) => w.Write((DateOnly)v),
        ParquetType.TimestampMicros => static (w, v) => w.WriteTimestamp((DateTime)v),
        ParquetType.Decimal => (w, v) => w.WriteNumeric((decimal)v, field.Scale),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "unsupported Parquet type"),
    };

    private static string PgType(ParquetField field) => field.Type switch
    {
        ParquetType.Boolean => "boolean",
        ParquetType.Int32 => "integer",
        ParquetType.Int64 => "bigint",
        ParquetType.Float => "real",
        ParquetType.Double => "double precision",
        ParquetType.String => "text",
        ParquetType.Date => "date",
        ParquetType.TimestampMicros => "timestamptz",
        ParquetType.Decimal => $"numeric({field.Precision}, {field.Scale})",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "unsupported Parquet type"),
    };

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Loaded {ObjectKey} ({Dataset}): {Rows} rows staged and merged")]
    private static partial void LogLoaded(ILogger logger, string objectKey, string dataset, long rows);
}
