using System.Diagnostics;
using DuckDB.NET.Data;

namespace Lakehouse.Benchmarks;

/// <summary>
/// The DuckDB side, in-process through DuckDB.NET (in its own fresh process like ours): CSV → Parquet (Snappy), reading
/// a Parquet file (every column aggregated), and the DuckDB half of the end-to-end floor (scripts/bench-e2e.sh).
/// </summary>
internal static class DuckDbSide
{
    public static Measurement Write(string csv, string parquet, string columns)
    {
        using var connection = Open();
        var clock = Stopwatch.StartNew();
        var rows = Execute(connection, $"COPY (SELECT * FROM read_csv({Literal(csv)}, header = true, columns = {columns})) TO {Literal(parquet)} (FORMAT parquet, COMPRESSION snappy)");
        return new Measurement(clock.Elapsed.TotalSeconds, rows, new FileInfo(parquet).Length, PeakMemory.SelfBytes());
    }

    public static Measurement Read(string parquet)
    {
        using var connection = Open();
        var clock = Stopwatch.StartNew();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT count(*), max(order_id), sum(order_item_id), max(product_id), max(seller_id), max(shipping_limit_date),
                   sum(price), sum(freight_value), max(order_status), max(customer_state) FROM read_parquet({Literal(parquet)})
            """;
        var rows = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return new Measurement(clock.Elapsed.TotalSeconds, rows, new FileInfo(parquet).Length, PeakMemory.SelfBytes());
    }

    /// <summary>Every *.csv of <paramref name="input"/> to Parquet (Snappy) with read_csv's own type detection, one after the other.</summary>
    public static string Floor(string input, string output)
    {
        Directory.CreateDirectory(output);
        var files = Directory.GetFiles(input, "*.csv").Order(StringComparer.Ordinal).ToList();
        using var connection = Open();
        var clock = Stopwatch.StartNew();
        long rows = 0;
        foreach (var file in files)
        {
            var target = Path.Combine(output, Path.GetFileNameWithoutExtension(file) + ".parquet");
            rows += Execute(connection, $"COPY (SELECT * FROM read_csv({Literal(file)}, header = true)) TO {Literal(target)} (FORMAT parquet, COMPRESSION snappy)");
        }

        return System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, double>
        {
            ["seconds"] = clock.Elapsed.TotalSeconds, ["rows"] = rows, ["files"] = files.Count, ["peak"] = PeakMemory.SelfBytes(),
        });
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private static long Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
