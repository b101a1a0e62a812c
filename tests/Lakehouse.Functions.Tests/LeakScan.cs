using System.Text;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests;

/// <summary>Everything the pipeline stored, as text, for leak tests: the lake's outputs and every catalog and warehouse table.</summary>
public static class LeakScan
{
    /// <summary>Every Parquet file (silver and quarantine) as DuckDB reads it, and every other object's text.</summary>
    public static async Task<string> LakeTextAsync(PipelineHarness harness)
    {
        using var folder = new TempDirectory();
        var text = new StringBuilder();
        foreach (var bucket in new[] { harness.Lake.SilverBucket, harness.Lake.GoldBucket })
        {
            var n = 0;
            await foreach (var info in harness.Store.ListAsync(bucket, "", default))
            {
                var local = Path.Combine(folder.Path, $"{n++}{Path.GetExtension(info.Key)}");
                await harness.Store.DownloadToFileAsync(bucket, info.Key, local, default);
                if (info.Key.EndsWith(".parquet", StringComparison.Ordinal))
                {
                    var rows = await DuckDb.QueryAsync($"SELECT * FROM read_parquet({DuckDb.Literal(local)})");
                    text.AppendJoin('\n', rows.Rows.Select(r => string.Join('\t', r)));
                }
                else
                {
                    text.Append(await File.ReadAllTextAsync(local));
                }
            }
        }

        return text.ToString();
    }

    public static async Task<string> WarehouseTextAsync(PipelineHarness harness)
    {
        var text = new StringBuilder();
        await using var tables = harness.Database.CreateCommand("SELECT string_agg(format('SELECT t::text FROM %I.%I t', table_schema, table_name), ' UNION ALL ') FROM information_schema.tables WHERE table_schema IN ('dw', 'lakehouse') AND table_type = 'BASE TABLE'");
        var sql = (string)(await tables.ExecuteScalarAsync())!;
        await using var command = harness.Database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            text.Append(reader.GetString(0)).Append('\n');
        }

        return text.ToString();
    }
}
