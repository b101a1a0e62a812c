using System.Text;
using System.Text.Unicode;

namespace Lakehouse.Core.Transform;

/// <summary>
/// The character encoding of a source text file, found before it is read. UTF-8 (with or without a byte-order mark) and
/// UTF-16 with a byte-order mark are read as they are. A file that is not valid UTF-8 is what Brazilian spreadsheets and
/// ERPs export (Windows-1252, the superset of Latin-1 Windows writes): it is read as Windows-1252 and reported, so
/// <c>são paulo</c> reaches silver as <c>são paulo</c>, never as <c>s\uFFFDo paulo</c>. A file that is neither (NUL bytes, or
/// bytes Windows-1252 leaves undefined) is rejected: guessing further would store garbage.
/// </summary>
public static class SourceEncoding
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Windows-1252 (code page 1252).</summary>
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    /// <summary>
    /// Reads <paramref name="text"/> to its end and says how to decode it: <see langword="null"/> for UTF-8 or a file that
    /// starts with a byte-order mark (the reader detects it), <see cref="Windows1252"/> for a single-byte Western file.
    /// </summary>
    /// <exception cref="DatasetFormatException">The bytes are neither UTF-8 nor Windows-1252 text (rule <c>encoding</c>).</exception>
    public static Encoding? Detect(Stream text, string objectKey)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new byte[ChunkSize + 4];
        var carried = 0;
        var first = true;
        int read;
        while ((read = text.Read(buffer, carried, ChunkSize)) > 0)
        {
            var length = carried + read;
            if (first)
            {
                first = false;
                if (HasByteOrderMark(buffer.AsSpan(0, length)))
                {
                    return null;
                }
            }

            // A code point cut by the chunk's end is carried over to the next chunk.
            var end = CompleteEnd(buffer.AsSpan(0, length));
            if (!Utf8.IsValid(buffer.AsSpan(0, end)))
            {
                return SingleByte(text, buffer.AsSpan(0, length), objectKey);
            }

            carried = length - end;
            buffer.AsSpan(end, carried).CopyTo(buffer);
        }

        return carried == 0 || Utf8.IsValid(buffer.AsSpan(0, carried)) ? null : SingleByte(text, buffer.AsSpan(0, carried), objectKey);
    }

    private static bool HasByteOrderMark(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>The end of the last complete UTF-8 sequence: before a trailing lead byte and its continuation bytes.</summary>
    private static int CompleteEnd(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: keep looking for its lead
            }

            var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? bytes.Length - back : bytes.Length;
        }

        return bytes.Length;
    }

    /// <summary>Windows-1252 when the rest of the file holds no NUL and no byte 1252 leaves undefined; else rejected.</summary>
    private static Encoding SingleByte(Stream text, ReadOnlySpan<byte> seen, string objectKey)
    {
        if (!IsWindows1252Text(seen))
        {
            throw Rejected(objectKey);
        }

        var buffer = new byte[ChunkSize];
        int read;
        while ((read = text.Read(buffer)) > 0)
        {
            if (!IsWindows1252Text(buffer.AsSpan(0, read)))
            {
                throw Rejected(objectKey);
            }
        }

        return Windows1252;
    }

    private static bool IsWindows1252Text(ReadOnlySpan<byte> bytes) => bytes.IndexOfAny((ReadOnlySpan<byte>)[0x00, 0x81, 0x8D, 0x8F, 0x90, 0x9D]) < 0;

    private static DatasetFormatException Rejected(string objectKey) =>
        new(objectKey, "encoding", "the file is neither UTF-8 nor Windows-1252/Latin-1 text (binary bytes found): save it as UTF-8 (or CSV from a spreadsheet) and ingest it again");

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
