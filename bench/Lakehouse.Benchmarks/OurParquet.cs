using System.Diagnostics;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Transform;

namespace Lakehouse.Benchmarks;

/// <summary>
/// One measurement of Parquet.Net as the pipeline uses it (<see cref="ParquetFileWriter"/> with the silver row group
/// size, Snappy, dictionary hints) in this fresh process: CSV → Parquet, or reading every column back.
/// </summary>
internal static class OurParquet
{
    /// <summary>As the transform writes silver: 16 MiB row groups, dictionary hints on the columns whose values repeat.</summary>
    private static readonly ParquetWriterOptions Options = new()
    {
        RowGroupTargetBytes = ObjectTransformer.SilverRowGroupBytes,
        DictionaryColumns = new HashSet<string>(["product_id", "seller_id", "order_status", "customer_state"], StringComparer.Ordinal),
    };

    public static async Task<Measurement> WriteAsync(string csv, string parquet)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0;
        using (var input = new StreamReader(csv, System.Text.Encoding.UTF8, false, new FileStreamOptions { BufferSize = 1 << 20 }))
        await using (var output = new FileStream(parquet, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        await using (var writer = new ParquetFileWriter(output, SyntheticOrderItems.Schema, Options))
        {
            await input.ReadLineAsync();
            var row = new object?[SyntheticOrderItems.Schema.Fields.Count];
            for (var line = await input.ReadLineAsync(); line is not null; line = await input.ReadLineAsync())
            {
                SyntheticOrderItems.Parse(line, row);
                await writer.WriteRowAsync(row);
                rows++;
            }
        }

        return new Measurement(clock.Elapsed.TotalSeconds, rows, new FileInfo(parquet).Length, PeakMemory.SelfBytes());
    }

    /// <summary>Reads every row group column-wise (typed columns, as the loader does) and sums a column so nothing is skipped.</summary>
    public static async Task<Measurement> ReadAsync(string parquet)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0;
        decimal total = 0;
        await using (var reader = await ParquetFileReader.OpenAsync(parquet))
        {
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = await reader.ReadRowGroupAsync(g);
                foreach (var price in group.Column<decimal>(5).Values)
                {
                    total += price;
                }

                rows += group.RowCount;
            }
        }

        GC.KeepAlive(total);
        return new Measurement(clock.Elapsed.TotalSeconds, rows, new FileInfo(parquet).Length, PeakMemory.SelfBytes());
    }
}
