using System.Diagnostics;
using System.Text.Json;

namespace Lakehouse.Core.Tests.Parquet;

/// <summary>Runs SQL in DuckDB through tools/duckdb-query.mjs: the independent Parquet oracle.</summary>
internal static class DuckDb
{
    private static readonly Lazy<string> Script = new(FindScript);

    /// <summary>Runs one statement; returns the column names/types and the rows as JSON values.</summary>
    public static DuckDbResult Query(string sql)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Script.Value);
        start.ArgumentList.Add(sql);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"DuckDB failed ({process.ExitCode}): {stderr.Result}\nSQL: {sql}");
        }

        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        var columns = root.GetProperty("columns").EnumerateArray()
            .Select(c => new DuckDbColumn(c.GetProperty("name").GetString()!, c.GetProperty("type").GetString()!))
            .ToList();
        var rows = root.GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(v => v.Clone()).ToArray())
            .ToList();
        return new DuckDbResult(columns, rows);
    }

    /// <summary>A path as a SQL string literal.</summary>
    public static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tools", "duckdb-query.mjs");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tools/duckdb-query.mjs not found above " + AppContext.BaseDirectory);
    }
}

internal sealed record DuckDbColumn(string Name, string Type);

internal sealed record DuckDbResult(IReadOnlyList<DuckDbColumn> Columns, IReadOnlyList<JsonElement[]> Rows)
{
    /// <summary>The value of <paramref name="column"/> in <paramref name="row"/> as text (null for JSON null).</summary>
    public string? Text(int row, string column)
    {
        var index = Columns.ToList().FindIndex(c => c.Name == column);
        var value = Rows[row][index];
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }
}
