using Lakehouse.Core.Parquet.Encodings;

namespace Lakehouse.Core.Tests.Parquet.Encodings;

public class RleBitPackedTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 8)]
    [InlineData(4, 13)]
    [InlineData(5, 17)]
    [InlineData(6, 32)]
    public void Encode_RandomRunsAndNoise_DecodesToSameValues(int seed, int bitWidth)
    {
        var random = new Random(seed);
        var max = bitWidth == 32 ? int.MaxValue : (1 << bitWidth) - 1;
        var values = new List<int>();
        while (values.Count < 5000)
        {
            var value = random.Next(0, max);
            values.AddRange(Enumerable.Repeat(value, random.Next(2) == 0 ? 1 : random.Next(1, 40)));
        }

        using var buffer = new ByteBuffer();

        RleBitPackedEncoder.Encode<int>(values.ToArray(), bitWidth, buffer);
        var decoded = new int[values.Count];
        RleBitPackedDecoder.Decode(buffer.WrittenSpan, bitWidth, decoded);

        Assert.Equal(values, decoded);
    }

    [Fact]
    public void Decode_TruncatedData_ThrowsFormatException()
    {
        using var buffer = new ByteBuffer();
        RleBitPackedEncoder.Encode<int>(Enumerable.Range(0, 100).ToArray(), 7, buffer);

        var truncated = buffer.WrittenSpan[..10].ToArray();

        Assert.Throws<Lakehouse.Core.Parquet.ParquetFormatException>(() => RleBitPackedDecoder.Decode(truncated, 7, new int[100]));
    }
}
