namespace Lakehouse.Core.Parquet.Reading;

/// <summary>The "PAR1" magic at both ends: a plain message for a file that is not Parquet at all.</summary>
internal static class ParquetMagic
{
    public static void Check(Stream input, string source)
    {
        Span<byte> head = stackalloc byte[4];
        Span<byte> tail = stackalloc byte[4];
        var length = input.Length;
        if (length >= 12)
        {
            input.Seek(0, SeekOrigin.Begin);
            input.ReadExactly(head);
            input.Seek(length - 4, SeekOrigin.Begin);
            input.ReadExactly(tail);
        }

        if (length < 12 || !head.SequenceEqual("PAR1"u8) || !tail.SequenceEqual("PAR1"u8))
        {
            throw new ParquetFormatException($"{source}: Not a Parquet file: the PAR1 magic bytes are missing.");
        }
    }
}
