using Lakehouse.Core.Parquet.Compression;

namespace Lakehouse.Core.Tests.Parquet.Encodings;

public class SnappyCompressorTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 10)]
    [InlineData(2, 100_000)]
    [InlineData(3, 300_000)]
    public void Compress_MixedData_DecodesWithIronSnappy(int seed, int length)
    {
        var random = new Random(seed);
        var input = new byte[length];
        for (var i = 0; i < length; i++)
        {
            // Runs, repeats at varying distances and noise.
            input[i] = (i / 97 % 3) switch
            {
                0 => (byte)random.Next(256),
                1 => (byte)(i % 7),
                _ => i > 5000 ? input[i - 4999] : (byte)'x',
            };
        }

        var output = new byte[SnappyCompressor.MaxCompressedLength(length)];

        var written = SnappyCompressor.Compress(input, output);

        Assert.Equal(input, IronSnappy.Snappy.Decode(output.AsSpan(0, written)));
    }

    [Fact]
    public void Compress_LongRun_IsSmall()
    {
        var input = new byte[1 << 20];

        var written = SnappyCompressor.Compress(input, new byte[SnappyCompressor.MaxCompressedLength(input.Length)]);

        Assert.True(written < input.Length / 20, $"{written} bytes");
    }
}
