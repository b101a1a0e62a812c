using Npgsql;

namespace Lakehouse.Core.Catalog;

/// <summary>
/// Read-only queries over the catalog's runs for the HTTP API, the timers and health checks: one run, the objects of
/// a run with their per-stage results, the latest daily load and the applied schema version.
/// </summary>
public sealed class RunCatalog
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates the queries over a data source.</summary>
    public RunCatalog(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>The run with this id, or null.</summary>
    public async Task<RunSummary?> GetRunAsync(string runId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT run_id, kind, status, started_at, finished_at, objects, succeeded, failed, skipped, rejected FROM lakehouse.runs WHERE run_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = runId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new RunSummary(reader.GetString(0), reader.GetString(1), EnumText.Parse<RunStatus>(reader.GetString(2)), reader.GetFieldValue<DateTimeOffset>(3),
            reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9));
    }

    /// <summary>The objects a run recorded stages for, in object id order, each with its stages in pipeline order.</summary>
    public async Task<IReadOnlyList<RunObject>> GetRunObjectsAsync(string runId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT o.object_id, o.bucket, o.object_key, o.etag, o.dataset, o.status, o.rows_read, o.rows_quarantined, o.rows_loaded,
                   s.stage, s.status, s.rows, s.started_at, s.finished_at, s.error
            FROM lakehouse.stage_results s JOIN lakehouse.objects o USING (object_id)
            WHERE s.run_id = $1
            ORDER BY o.object_id, s.started_at
            """;
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = runId });
        var objects = new List<RunObject>();
        var stages = new Dictionary<long, List<RunStage>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (!stages.TryGetValue(id, out var list))
            {
                stages[id] = list = [];
                objects.Add(new RunObject(id, reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                    EnumText.Parse<ObjectStatus>(reader.GetString(5)), NullableLong(reader, 6), NullableLong(reader, 7), NullableLong(reader, 8), list));
            }

            list.Add(new RunStage(EnumText.Parse<PipelineStage>(reader.GetString(9)), EnumText.Parse<StageStatus>(reader.GetString(10)), NullableLong(reader, 11), reader.GetFieldValue<DateTimeOffset>(12),
                reader.GetFieldValue<DateTimeOffset>(13), reader.IsDBNull(14) ? null : reader.GetString(14)));
        }

        foreach (var list in stages.Values)
        {
            list.Sort((a, b) => a.Stage.CompareTo(b.Stage));
        }

        return objects;
    }

    /// <summary>The latest day a daily load run (<c>daily-yyyyMMdd…</c>, kind <c>daily</c>) was recorded for, or null.</summary>
    public async Task<DateOnly?> GetLastDailyLoadDayAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT max(substr(run_id, 7, 8)) FROM lakehouse.runs WHERE kind = 'daily' AND run_id ~ '^daily-[0-9]{8}'");
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is string day && DateOnly.TryParseExact(day, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>The highest applied migration version (<c>lakehouse.schema_migrations</c>); 0 when none or no table yet.</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('lakehouse.schema_migrations') IS NOT NULL", connection))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return 0;
            }
        }

        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM lakehouse.schema_migrations", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long? NullableLong(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);
}
