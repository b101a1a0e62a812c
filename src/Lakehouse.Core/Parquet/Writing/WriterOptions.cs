using Parquet;
using Parquet.Schema;

namespace Lakehouse.Core.Parquet.Writing;

/// <summary>Parquet.Net's writer options for our <see cref="ParquetWriterOptions"/>.</summary>
internal static class WriterOptions
{
    /// <summary>
    /// Free bytes Parquet.Net's pooled page streams keep (small blocks, large buffers). Its defaults, 16 and 64 MiB
    /// for each of the writer's and the reader's pools, kept 100 MiB and more resident in a process that transforms,
    /// validates and loads side by side (scripts/bench-e2e.sh).
    /// </summary>
    public const int PoolSmallFreeBytes = 4 * 1024 * 1024;

    /// <inheritdoc cref="PoolSmallFreeBytes"/>
    public const int PoolLargeFreeBytes = 16 * 1024 * 1024;

    public static ParquetOptions For(ParquetWriterOptions options, IEnumerable<DataField> fields)
    {
        var net = new ParquetOptions
        {
            CompressionMethod = options.Compression switch
            {
                ParquetCompression.Uncompressed => CompressionMethod.None,
                ParquetCompression.Gzip => CompressionMethod.Gzip,
                ParquetCompression.Zstd => CompressionMethod.Zstd,
                _ => CompressionMethod.Snappy,
            },
            // 6.1.0 defaults to SmallestSize, which makes GZIP and ZSTD several times slower for a few per cent.
            CompressionLevel = System.IO.Compression.CompressionLevel.Optimal,
            MaximumSmallPoolFreeBytes = PoolSmallFreeBytes,
            MaximumLargePoolFreeBytes = PoolLargeFreeBytes,
            DictionaryEncodingThreshold = options.DictionaryThreshold,
            // No sampling: the first few thousand values of a chunk are mostly distinct for product ids that repeat
            // only across the whole chunk (33k products in 100k items), and the sample would rule their dictionary out.
            DictionaryEncodingSampleSize = 0,
        };
        if (options.DictionaryThreshold > 0)
        {
            // Parquet.Net dictionary-encodes only string columns, and only those hinted.
            foreach (var field in fields.Where(f => f.ClrType == typeof(ReadOnlyMemory<char>) && (options.DictionaryColumns?.Contains(f.Name) ?? true)))
            {
                net.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
            }
        }

        return net;
    }
}
