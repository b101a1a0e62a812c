using System.Diagnostics;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Benchmarks;

/// <summary>One measurement of our codec in this (fresh) process: CSV → Parquet, or reading every value back.</summary>
internal static class OurCodec
{
    public static Measurement Write(string csv, string parquet)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0;
        using (var input = new StreamReader(csv, System.Text.Encoding.UTF8, false, new FileStreamOptions { BufferSize = 1 << 20 }))
        using (var output = new FileStream(parquet, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var writer = new ParquetWriter(output, SyntheticOrderItems.Schema))
        {
            input.ReadLine();
            var row = new object?[SyntheticOrderItems.Schema.Fields.Count];
            for (var line = input.ReadLine(); line is not null; line = input.ReadLine())
            {
                SyntheticOrderItems.Parse(line, row);
                writer.WriteRow(row);
                rows++;
            }
        }

        return new Measurement(clock.Elapsed.TotalSeconds, rows, new FileInfo(parquet).Length, PeakMemory.SelfBytes());
    }

    /// <summary>Reads every row (all columns materialized as CLR values) and checksums a column so nothing is skipped.</summary>
    public static Measurement Read(string parquet)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0;
        decimal total = 0;
        using (var reader = ParquetReader.Open(parquet))
        {
            foreach (var row in reader.ReadRows())
            {
                total += (decimal)row[5]!;
                rows++;
            }
        }

        GC.KeepAlive(total);
        return new Measurement(clock.Elapsed.TotalSeconds, rows, new FileInfo(parquet).Length, PeakMemory.SelfBytes());
    }
}
