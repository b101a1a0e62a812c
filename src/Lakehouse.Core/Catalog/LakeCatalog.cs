using System.Text.Json;
using Lakehouse.Core.Validation;
using Npgsql;
using NpgsqlTypes;

namespace Lakehouse.Core.Catalog;

/// <summary>
/// The catalog in PostgreSQL (schema <c>lakehouse</c>): objects with their content hash and status, runs, and the
/// result of each stage. Every write is an idempotent upsert, since activities run at least once.
/// </summary>
public sealed partial class LakeCatalog
{
    private const string ObjectColumns = "object_id, bucket, object_key, etag, sha256, size_bytes, dataset, status, duplicate_of, silver_key, quarantine_key, rows_read, rows_written, rows_quarantined, rows_loaded, error, updated_at";
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates the catalog over a data source.</summary>
    public LakeCatalog(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>
    /// Registers an object version (bucket, key, etag) and returns it. When another object with the same sha256 and
    /// dataset was already loaded, the new one is marked <see cref="ObjectStatus.Duplicate"/> of it.
    /// </summary>
    public async Task<CatalogObject> RegisterAsync(string bucket, string key, string etag, string sha256, long size, string? dataset, string? schemaId, CancellationToken cancellationToken)
    {
        const string sql = $"""
            WITH existing AS (
                SELECT object_id FROM lakehouse.objects
                WHERE sha256 = $4 AND dataset IS NOT DISTINCT FROM $6::text AND status = $8 AND NOT (bucket = $1 AND object_key = $2 AND etag = $3)
                ORDER BY object_id LIMIT 1)
            INSERT INTO lakehouse.objects (bucket, object_key, etag, sha256, size_bytes, dataset, schema_id, status, duplicate_of)
            VALUES ($1, $2, $3, $4, $5, $6::text, $7::text,
                    CASE WHEN $6::text IS NULL THEN $9 WHEN EXISTS (SELECT 1 FROM existing) THEN $10 ELSE $11 END,
                    (SELECT object_id FROM existing))
            ON CONFLICT (bucket, object_key, etag) DO UPDATE SET updated_at = lakehouse.objects.updated_at
            RETURNING {ObjectColumns}
            """;
        await using var command = _dataSource.CreateCommand(sql);
        Add(command, bucket, key, etag, sha256, size, dataset, schemaId,
            ObjectStatus.Loaded.ToText(), ObjectStatus.UnknownDataset.ToText(), ObjectStatus.Duplicate.ToText(), ObjectStatus.Registered.ToText());
        return (await ReadObjectsAsync(command, cancellationToken))[0];
    }

    /// <summary>The object with this id.</summary>
    public async Task<CatalogObject> GetAsync(long objectId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {ObjectColumns} FROM lakehouse.objects WHERE object_id = $1");
        Add(command, objectId);
        var found = await ReadObjectsAsync(command, cancellationToken);
        return found.Count == 1 ? found[0] : throw new KeyNotFoundException($"Catalog object {objectId} does not exist.");
    }

    /// <summary>The catalog's versions of a bucket/key, newest first.</summary>
    public async Task<IReadOnlyList<CatalogObject>> FindAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {ObjectColumns} FROM lakehouse.objects WHERE bucket = $1 AND object_key = $2 ORDER BY object_id DESC");
        Add(command, bucket, key);
        return await ReadObjectsAsync(command, cancellationToken);
    }

    /// <summary>Records the transform stage's outputs.</summary>
    public Task MarkTransformedAsync(long objectId, string silverKey, string? quarantineKey, long read, long written, long quarantined, IReadOnlyList<Finding> findings, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE lakehouse.objects SET status = $8, silver_key = $2, quarantine_key = $3, rows_read = $4, rows_written = $5, rows_quarantined = $6, findings = $7, error = NULL, updated_at = now() WHERE object_id = $1",
            cancellationToken, objectId, silverKey, quarantineKey, read, written, quarantined, Json(findings), ObjectStatus.Transformed.ToText());

    /// <summary>Row-level findings recorded by the last transform.</summary>
    public async Task<IReadOnlyList<Finding>> GetFindingsAsync(long objectId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT findings::text FROM lakehouse.objects WHERE object_id = $1");
        Add(command, objectId);
        var json = await command.ExecuteScalarAsync(cancellationToken) as string;
        return json is null ? [] : JsonSerializer.Deserialize<List<Finding>>(json) ?? [];
    }

    /// <summary>Sets an object's status (and error, cleared when null).</summary>
    public Task SetStatusAsync(long objectId, ObjectStatus status, string? error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE lakehouse.objects SET status = $2, error = $3, updated_at = now() WHERE object_id = $1", cancellationToken, objectId, status.ToText(), error);

    /// <summary>Records the validation report's key and the outcome status.</summary>
    public Task MarkValidatedAsync(long objectId, bool passed, string reportKey, string? error, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE lakehouse.objects SET status = $2, validation_key = $3, error = $4, updated_at = now() WHERE object_id = $1",
            cancellationToken, objectId, (passed ? ObjectStatus.Validated : ObjectStatus.Rejected).ToText(), reportKey, error);

    /// <summary>Records a completed load.</summary>
    public Task MarkLoadedAsync(long objectId, long rows, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE lakehouse.objects SET status = $3, rows_loaded = $2, error = NULL, updated_at = now() WHERE object_id = $1", cancellationToken, objectId, rows, ObjectStatus.Loaded.ToText());

    /// <summary>Starts (or restarts) a run.</summary>
    public Task StartRunAsync(string runId, string kind, int objects, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO lakehouse.runs (run_id, kind, status, objects) VALUES ($1, $2, $4, $3) ON CONFLICT (run_id) DO UPDATE SET status = $4, objects = $3, started_at = now(), finished_at = NULL",
            cancellationToken, runId, kind, objects, RunStatus.Running.ToText());

    /// <summary>
    /// Completes a run with its counts; the rejected objects (<c>runs.rejected</c>, not among <paramref name="failed"/>)
    /// are counted from the catalog: the run's objects whose status is <see cref="ObjectStatus.Rejected"/>.
    /// </summary>
    public Task CompleteRunAsync(string runId, int succeeded, int failed, int skipped, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE lakehouse.runs r SET rejected = x.n, succeeded = $2, failed = $3, skipped = $4, finished_at = now(),
                status = CASE WHEN $3 + x.n = 0 THEN $5 WHEN $2 = 0 THEN $6 ELSE $7 END
            FROM (SELECT count(DISTINCT s.object_id)::int AS n FROM lakehouse.stage_results s JOIN lakehouse.objects o USING (object_id)
                  WHERE s.run_id = $1 AND o.status = $8) x
            WHERE r.run_id = $1
            """,
            cancellationToken, runId, succeeded, failed, skipped, RunStatus.Succeeded.ToText(), RunStatus.Failed.ToText(), RunStatus.Partial.ToText(), ObjectStatus.Rejected.ToText());

    /// <summary>Records one stage of one object in a run (replacing an earlier attempt).</summary>
    public Task RecordStageAsync(string runId, long objectId, PipelineStage stage, StageStatus status, long? rows, DateTimeOffset startedAt, string? error, object? detail, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            INSERT INTO lakehouse.stage_results (run_id, object_id, stage, status, rows, started_at, error, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (run_id, object_id, stage) DO UPDATE SET status = $4, rows = $5, started_at = $6, finished_at = now(), error = $7, detail = $8
            """,
            cancellationToken, runId, objectId, stage.ToText(), status.ToText(), rows, startedAt, error, detail is null ? null : Json(detail));

    /// <summary>The most recent runs, newest first.</summary>
    public async Task<IReadOnlyList<RunSummary>> ListRunsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT run_id, kind, status, started_at, finished_at, objects, succeeded, failed, skipped, rejected FROM lakehouse.runs ORDER BY started_at DESC LIMIT $1");
        Add(command, limit);
        return await ReadRunsAsync(command, cancellationToken);
    }

    private static JsonDocumentWrapper Json(object value) => new(JsonSerializer.Serialize(value));

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = _dataSource.CreateCommand(sql);
        Add(command, values);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(NpgsqlCommand command, params object?[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(value switch
            {
                // An untyped null: PostgreSQL infers its type from where the parameter is used.
                null => new NpgsqlParameter { Value = DBNull.Value },
                JsonDocumentWrapper json => new NpgsqlParameter { Value = json.Json, NpgsqlDbType = NpgsqlDbType.Jsonb },
                _ => new NpgsqlParameter { Value = value },
            });
        }
    }

    private static async Task<List<CatalogObject>> ReadObjectsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var list = new List<CatalogObject>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new CatalogObject(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5),
                Nullable<string>(reader, 6), EnumText.Parse<ObjectStatus>(reader.GetString(7)), NullableLong(reader, 8), Nullable<string>(reader, 9), Nullable<string>(reader, 10),
                NullableLong(reader, 11), NullableLong(reader, 12), NullableLong(reader, 13), NullableLong(reader, 14), Nullable<string>(reader, 15),
                reader.GetFieldValue<DateTimeOffset>(16)));
        }

        return list;
    }

    private static T? Nullable<T>(NpgsqlDataReader reader, int i) where T : class => reader.IsDBNull(i) ? null : reader.GetFieldValue<T>(i);

    private static long? NullableLong(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);

    private sealed record JsonDocumentWrapper(string Json);
}
