namespace Lakehouse.Core.Parquet.Schema;

/// <summary>Converts between <see cref="decimal"/> and Parquet DECIMAL unscaled integers.</summary>
internal static class DecimalCodec
{
    private static readonly decimal[] PowersOfTen = BuildPowers();

    /// <summary>The unscaled INT64 of <paramref name="value"/> at <paramref name="scale"/>, rounded half away from zero.</summary>
    /// <exception cref="OverflowException">More than <paramref name="precision"/> digits.</exception>
    public static long ToUnscaled(decimal value, int precision, int scale)
    {
        var scaled = decimal.Round(value, scale, MidpointRounding.AwayFromZero) * PowersOfTen[scale];
        var limit = PowersOfTen[precision];
        if (scaled >= limit || scaled <= -limit)
        {
            throw new OverflowException($"{value} does not fit DECIMAL({precision},{scale}).");
        }

        return (long)scaled;
    }

    public static decimal FromUnscaled(long unscaled, int scale)
    {
        var negative = unscaled < 0;
        var magnitude = negative ? (ulong)(-(unscaled + 1)) + 1 : (ulong)unscaled;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, CheckScale(scale));
    }

    /// <summary>Big-endian two's complement (FIXED_LEN_BYTE_ARRAY / BYTE_ARRAY decimals) up to 16 bytes.</summary>
    public static decimal FromBigEndian(ReadOnlySpan<byte> bytes, int scale)
    {
        if (bytes.Length is 0 or > 16)
        {
            throw new ParquetFormatException($"DECIMAL stored in {bytes.Length} bytes is not supported (at most 16).");
        }

        Int128 value = (sbyte)bytes[0]; // sign-extends
        for (var i = 1; i < bytes.Length; i++)
        {
            value = (value << 8) | bytes[i];
        }

        var negative = value < 0;
        var magnitude = (UInt128)(negative ? -value : value);
        if (magnitude >> 96 != 0)
        {
            throw new ParquetFormatException("DECIMAL value exceeds the 96-bit range of System.Decimal.");
        }

        var lo = (int)(uint)magnitude;
        var mid = (int)(uint)(magnitude >> 32);
        var hi = (int)(uint)(magnitude >> 64);
        return new decimal(lo, mid, hi, negative, CheckScale(scale));
    }

    private static byte CheckScale(int scale) => scale is >= 0 and <= 28
        ? (byte)scale
        : throw new ParquetFormatException($"DECIMAL scale {scale} is not supported (0..28).");

    private static decimal[] BuildPowers()
    {
        var powers = new decimal[29];
        powers[0] = 1m;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10m;
        }

        return powers;
    }
}
