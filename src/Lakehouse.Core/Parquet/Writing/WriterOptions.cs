using Parquet;
using Parquet.Schema;

namespace Lakehouse.Core.Parquet.Writing;

/// <summary>Parquet.Net's writer options for our <see cref="ParquetWriterOptions"/>.</summary>
internal static class WriterOptions
{
    /// <summary>
    /// Values sampled before a dictionary is built for a column chunk: a column whose first values are already mostly
    /// distinct (hexadecimal ids of orders) is written PLAIN without hashing the whole chunk.
    /// </summary>
    public const int DictionarySample = 4096;

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
            DictionaryEncodingThreshold = options.DictionaryThreshold,
            DictionaryEncodingSampleSize = DictionarySample,
        };
        if (options.DictionaryThreshold > 0)
        {
            // Parquet.Net dictionary-encodes only string columns, and only those hinted.
            foreach (var field in fields.Where(f => f.ClrType == typeof(ReadOnlyMemory<char>)))
            {
                net.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
            }
        }

        return net;
    }
}
