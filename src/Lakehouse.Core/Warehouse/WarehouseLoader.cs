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
            await CreateStagingAsync(connection, transaction, reader.Schema, cancellationToken);
            var rows = await CopyAsync(connection, reader, cancellationToken);
            await AnalyzeStagingAsync(connection, transaction, cancellationToken);
            await LockMergesAsync(connection, transaction, cancellationToken);
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

    /// <summary>
    /// Serialises the merges of concurrent loads (held until commit). Staging and COPY still run in parallel; only
    /// the merges queue. Without it an order and its items loading at the same time could each miss the other's
    /// uncommitted rows: the items would keep the unknown customer and the order's fix-up would not see them.
    /// </summary>
    private static async Task LockMergesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({MergeLockId})", connection, transaction) { CommandTimeout = 0 };
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

    private static async Task CreateStagingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ParquetSchema schema, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", schema.Fields.Select(f => $"\"{f.Name}\" {PgType(f)}"));
        await using var command = new NpgsqlCommand($"CREATE TEMP TABLE stg ({columns}) ON COMMIT DROP", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Temp tables are never auto-analyzed: without statistics the planner guesses a few hundred staged rows and
    /// picks nested loops for merges that join 100 k rows (measured by scripts/bench-e2e.sh).
    /// </summary>
    private static async Task AnalyzeStagingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("ANALYZE stg", connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> CopyAsync(NpgsqlConnection connection, ParquetReader reader, CancellationToken cancellationToken)
    {
        var fields = reader.Schema.Fields;
        var types = fields.Select(DbType).ToArray();
        var copy = $"COPY stg ({string.Join(", ", fields.Select(f => $"\"{f.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in reader.ReadRows())
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(row[i], types[i], cancellationToken);
                }
            }
        }

        return (long)await importer.CompleteAsync(cancellationToken);
    }

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

    private static NpgsqlDbType DbType(ParquetField field) => field.Type switch
    {
        ParquetType.Boolean => NpgsqlDbType.Boolean,
        ParquetType.Int32 => NpgsqlDbType.Integer,
        ParquetType.Int64 => NpgsqlDbType.Bigint,
        ParquetType.Float => NpgsqlDbType.Real,
        ParquetType.Double => NpgsqlDbType.Double,
        ParquetType.String => NpgsqlDbType.Text,
        ParquetType.Date => NpgsqlDbType.Date,
        ParquetType.TimestampMicros => NpgsqlDbType.TimestampTz,
        ParquetType.Decimal => NpgsqlDbType.Numeric,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "unsupported Parquet type"),
    };

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Loaded {ObjectKey} ({Dataset}): {Rows} rows staged and merged")]
    private static partial void LogLoaded(ILogger logger, string objectKey, string dataset, long rows);
}
