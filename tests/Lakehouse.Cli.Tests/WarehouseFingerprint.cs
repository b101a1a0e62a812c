using System.Text;
using Npgsql;

namespace Lakehouse.Cli.Tests;

/// <summary>
/// Counts and sums of every table of the star schema, by column: numbers summed (floating point as exact decimals),
/// booleans counted where true, text and times by count and total length or epoch. Left out: what legitimately depends on arrival order or wall clock —
/// surrogate keys (<c>*_key</c> but date keys), <c>source_object_id</c>, <c>loaded_at</c>, <c>updated_at</c>.
/// </summary>
internal static class WarehouseFingerprint
{
    public static async Task<IReadOnlyList<string>> OfAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var columns = new List<(string Table, string Column, string Type)>();
        await using (var command = dataSource.CreateCommand("""
            SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
            JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'dw' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var lines = new List<string>();
        foreach (var table in columns.GroupBy(c => c.Table))
        {
            var measures = table.Select(c => Measure(c.Column, c.Type)).Where(m => m is not null).Prepend("count(*)::text");
            await using var query = dataSource.CreateCommand($"SELECT concat_ws(' ', {string.Join(", ", measures)}) FROM dw.{table.Key}");
            lines.Add($"{table.Key}: {await query.ExecuteScalarAsync()}");
        }

        return lines;
    }

    private static string? Measure(string column, string type)
    {
        if ((column.EndsWith("_key", StringComparison.Ordinal) && !column.EndsWith("date_key", StringComparison.Ordinal))
            || column is "source_object_id" or "loaded_at" or "updated_at")
        {
            return null;
        }

        var quoted = new StringBuilder("\"").Append(column).Append('"').ToString();
        return type switch
        {
            "smallint" or "integer" or "bigint" or "numeric" => $"'{column}=' || coalesce(sum({quoted}), 0)",
            // As numeric: a floating-point sum depends on the order rows are read in, which is the storage's business.
            "real" or "double precision" => $"'{column}=' || coalesce(sum({quoted}::numeric), 0)",
            "boolean" => $"'{column}=' || count(*) FILTER (WHERE {quoted})",
            "timestamp with time zone" or "timestamp without time zone" or "date" => $"'{column}=' || count({quoted}) || '/' || coalesce(sum(extract(epoch FROM {quoted})), 0)",
            _ => $"'{column}=' || count({quoted}) || '/' || coalesce(sum(length({quoted}::text)), 0)",
        };
    }
}
