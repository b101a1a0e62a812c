using System.Diagnostics;
using System.Text.Json;

namespace Lakehouse.Testing;

/// <summary>
/// DuckDB, the independent oracle: runs one SQL statement through <c>tools/duckdb-query.mjs</c> (npm
/// <c>@duckdb/node-api</c>) and returns the result rows as JSON values (BIGINT/DECIMAL as strings).
/// </summary>
public static class DuckDbCli
{
    /// <summary>Runs <paramref name="sql"/>; throws with DuckDB's message when it fails.</summary>
    public static async Task<DuckDbResult> QueryAsync(string sql)
    {
        var script = Path.Combine(RepoPaths.Tools, "duckdb-query.mjs");
        if (!Directory.Exists(Path.Combine(RepoPaths.Tools, "node_modules", "@duckdb", "node-api")))
        {
            throw new InvalidOperationException("DuckDB (npm @duckdb/node-api) is not installed: run scripts/setup.sh (npm install --prefix tools --no-save).");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(sql);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"DuckDB failed ({process.ExitCode}): {await error}");
        }

        using var document = JsonDocument.Parse(await output);
        var columns = document.RootElement.GetProperty("columns").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("type").GetString()!)).ToList();
        var rows = document.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()).ToArray())
            .ToList();
        return new DuckDbResult(columns, rows);
    }

    /// <summary>Quotes a path or text as a SQL string literal.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}

/// <summary>A DuckDB result: column (name, type) pairs and rows of values rendered as text (null for NULL).</summary>
public sealed record DuckDbResult(IReadOnlyList<(string Name, string Type)> Columns, IReadOnlyList<string?[]> Rows)
{
    /// <summary>The single value of a one-row, one-column result.</summary>
    public string? Scalar => Rows[0][0];

    /// <summary>The value of the column named <paramref name="column"/> in row <paramref name="row"/>.</summary>
    public string? Value(int row, string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return Rows[row][i];
            }
        }

        throw new ArgumentException($"No column '{column}' in the result.", nameof(column));
    }
}
