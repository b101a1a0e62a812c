using Npgsql;

namespace Lakehouse.Core.Catalog;

/// <summary>The catalog's runs: interruption and reading.</summary>
public sealed partial class LakeCatalog
{
    /// <summary>
    /// Marks runs still <see cref="RunStatus.Running"/> as <see cref="RunStatus.Interrupted"/>: those in
    /// <paramref name="runIds"/>, or every running run when <paramref name="allRunning"/> (only for a catalog no other
    /// process can be running runs in). Their <c>succeeded</c> becomes the number of their objects loaded by then, their
    /// <c>finished_at</c> the end of their last recorded stage (the start when none). Returns the runs marked.
    /// </summary>
    public async Task<IReadOnlyList<RunSummary>> InterruptRunsAsync(IReadOnlyCollection<string> runIds, bool allRunning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        var sql = $"""
            UPDATE lakehouse.runs r SET status = $1,
                finished_at = coalesce((SELECT max(s.finished_at) FROM lakehouse.stage_results s WHERE s.run_id = r.run_id), r.started_at),
                succeeded = (SELECT count(DISTINCT s.object_id) FROM lakehouse.stage_results s JOIN lakehouse.objects o USING (object_id)
                             WHERE s.run_id = r.run_id AND o.status = $3)
            WHERE r.status = $2 {(allRunning ? "" : "AND r.run_id = ANY($4)")}
            RETURNING run_id, kind, status, started_at, finished_at, objects, succeeded, failed, skipped, rejected
            """;
        await using var command = _dataSource.CreateCommand(sql);
        Add(command, RunStatus.Interrupted.ToText(), RunStatus.Running.ToText(), ObjectStatus.Loaded.ToText());
        if (!allRunning)
        {
            Add(command, [runIds.ToArray()]);
        }

        return await ReadRunsAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<RunSummary>> ReadRunsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var runs = new List<RunSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new RunSummary(reader.GetString(0), reader.GetString(1), EnumText.Parse<RunStatus>(reader.GetString(2)), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9)));
        }

        return runs;
    }
}
