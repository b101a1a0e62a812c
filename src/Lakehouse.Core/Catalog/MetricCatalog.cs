using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Npgsql;
using NpgsqlTypes;

namespace Lakehouse.Core.Catalog;

/// <summary>
/// The metrics history (<c>lakehouse.metrics</c>): every validated object's <see cref="ColumnMetric"/>s, replaced when the
/// object is validated again; read back newest first for anomaly expectations and the report's charts.
/// </summary>
public sealed class MetricCatalog(NpgsqlDataSource dataSource) : IMetricHistory
{
    /// <summary>Stores the metrics of <paramref name="objectId"/> (replacing an earlier validation's).</summary>
    public async Task SaveAsync(long objectId, string runId, string dataset, IReadOnlyList<ColumnMetric> metrics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO lakehouse.metrics (object_id, run_id, dataset, metric, column_name, value)
            SELECT $1, $2, $3, m, c, v FROM unnest($4::text[], $5::text[], $6::float8[]) AS t(m, c, v)
            ON CONFLICT (object_id, metric, column_name) DO UPDATE SET run_id = excluded.run_id, value = excluded.value, computed_at = now()
            """);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = objectId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = runId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = dataset });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. metrics.Select(m => m.Metric)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. metrics.Select(m => m.Column ?? "")], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. metrics.Select(m => m.Value)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Double });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<double>> LastAsync(string dataset, string metric, string? column, int count, long excludeObjectId, CancellationToken cancellationToken) =>
        [.. (await HistoryAsync(dataset, metric, column, count, excludeObjectId, cancellationToken)).Select(p => p.Value)];

    /// <summary>The values of <paramref name="metric"/> stored for one object, by column.</summary>
    public async Task<IReadOnlyList<(string Column, double Value)>> ForObjectAsync(long objectId, string metric, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT DISTINCT ON (column_name) column_name, value FROM lakehouse.metrics
            WHERE object_id = $1 AND metric = $2 ORDER BY column_name, computed_at DESC
            """);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = objectId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = metric });
        var values = new List<(string, double)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add((reader.GetString(0), reader.GetDouble(1)));
        }

        return values;
    }

    /// <summary>The last <paramref name="count"/> points of a metric for the dataset, newest first.</summary>
    public async Task<IReadOnlyList<(DateTimeOffset At, string RunId, double Value)>> HistoryAsync(
        string dataset, string metric, string? column, int count, long excludeObjectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT computed_at, run_id, value FROM lakehouse.metrics
            WHERE dataset = $1 AND metric = $2 AND column_name = $3 AND object_id <> $4
            ORDER BY computed_at DESC, object_id DESC LIMIT $5
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = dataset });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = metric });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = column ?? "" });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = excludeObjectId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        var points = new List<(DateTimeOffset, string, double)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            points.Add((reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetDouble(2)));
        }

        return points;
    }
}
