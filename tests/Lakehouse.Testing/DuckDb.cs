using System.Globalization;
using System.Numerics;
using DuckDB.NET.Data;

namespace Lakehouse.Testing;

/// <summary>
/// DuckDB, the independent oracle, in-process through DuckDB.NET: runs SQL in a fresh in-memory database and returns
/// the last statement's rows with every value rendered as invariant text (see <see cref="Text"/>).
/// </summary>
public static class DuckDb
{
    /// <summary>
    /// Runs <paramref name="sql"/> (one or more statements separated by ';'); the result is the last statement's.
    /// Throws DuckDB's exception when a statement fails.
    /// </summary>
    public static async Task<DuckDbResult> QueryAsync(string sql)
    {
        await using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        DuckDbResult? result = null;
        do
        {
            var columns = Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetName(i), reader.GetDataTypeName(i))).ToList();
            var rows = new List<string?[]>();
            while (await reader.ReadAsync())
            {
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Text(reader.GetValue(i)))]);
            }

            result = new DuckDbResult(columns, rows);
        }
        while (await reader.NextResultAsync());

        return result;
    }

    /// <summary>Quotes a path or text as a SQL string literal.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// A value as text: numbers invariant (doubles round-trip), DATE <c>yyyy-MM-dd</c>, TIMESTAMP
    /// <c>yyyy-MM-dd HH:mm:ss[.ffffff]</c> and TIMESTAMPTZ the same in UTC with <c>+00</c>, BLOB as base64.
    /// </summary>
    public static string Text(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture) + "+00",
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
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
