using System.IO.Compression;

using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Compression;

/// <summary>Compresses and decompresses page bodies (UNCOMPRESSED, SNAPPY, GZIP).</summary>
internal static class PageCodec
{
    public static CompressionCodec ToThrift(ParquetCompression compression) => compression switch
    {
        ParquetCompression.Uncompressed => CompressionCodec.Uncompressed,
        ParquetCompression.Snappy => CompressionCodec.Snappy,
        ParquetCompression.Gzip => CompressionCodec.Gzip,
        _ => throw new ArgumentOutOfRangeException(nameof(compression), compression, "Unknown compression."),
    };

    public static bool IsSupported(CompressionCodec codec) =>
        codec is CompressionCodec.Uncompressed or CompressionCodec.Snappy or CompressionCodec.Gzip;

    /// <summary>The compressed body; for UNCOMPRESSED the input itself.</summary>
    public static ReadOnlyMemory<byte> Compress(CompressionCodec codec, ReadOnlyMemory<byte> body)
    {
        switch (codec)
        {
            case CompressionCodec.Uncompressed:
                return body;
            case CompressionCodec.Snappy:
                var buffer = new byte[SnappyCompressor.MaxCompressedLength(body.Length)];
                return buffer.AsMemory(0, SnappyCompressor.Compress(body.Span, buffer));
            case CompressionCodec.Gzip:
                using (var output = new MemoryStream((body.Length / 2) + 64))
                {
                    using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
                    {
                        gzip.Write(body.Span);
                    }

                    return output.GetBuffer().AsMemory(0, (int)output.Length);
                }

            default:
                throw new ParquetFormatException($"Codec {ThriftNames.Of(codec)} is not supported.");
        }
    }

    /// <summary>Decompresses a page body of known uncompressed size.</summary>
    public static byte[] Decompress(CompressionCodec codec, ReadOnlySpan<byte> body, int uncompressedSize, string where)
    {
        try
        {
            var result = codec switch
            {
                CompressionCodec.Uncompressed => body.ToArray(),
                CompressionCodec.Snappy => IronSnappy.Snappy.Decode(body),
                CompressionCodec.Gzip => Gunzip(body, uncompressedSize),
                _ => throw new ParquetFormatException($"Codec {ThriftNames.Of(codec)} not supported in {where}."),
            };
            return result.Length == uncompressedSize
                ? result
                : throw new ParquetFormatException(
                    $"Corrupt Parquet page in {where}: {result.Length} bytes after decompression, header says {uncompressedSize}.");
        }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException or ArgumentException)
        {
            throw new ParquetFormatException($"Corrupt {ThriftNames.Of(codec)} page in {where}.", e);
        }
    }

    private static byte[] Gunzip(ReadOnlySpan<byte> body, int uncompressedSize)
    {
        using var input = new MemoryStream(body.ToArray(), writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(Math.Max(uncompressedSize, 16));
        gzip.CopyTo(output);
        return output.ToArray();
    }
}
