using System.Buffers.Binary;
using System.Text;

namespace Lakehouse.Core.Warehouse;

/// <summary>
/// Writes PostgreSQL's binary COPY format (<c>COPY ... FROM STDIN (FORMAT BINARY)</c>, documented in the PostgreSQL
/// manual under COPY, "Binary Format") into a buffer that is flushed to the raw copy stream Npgsql opens with
/// <c>BeginRawBinaryCopy</c>: the signature header, then per row a 16-bit field count and, per field, a 32-bit length
/// (-1 for NULL) and the value in the type's binary send format, then the -1 trailer.
/// </summary>
/// <remarks>
/// Why not <c>NpgsqlBinaryImporter.Write&lt;T&gt;</c>: it binds a converter for every value. A CPU profile of the
/// full-scale ingest (perf, scripts/bench-e2e.sh) had the COPY at 19 % of the process, most of it that per-value
/// binding; here a value is a few big-endian stores into a byte array. Only the types the silver files use are written.
/// </remarks>
public sealed class PgBinaryCopyWriter
{
    private const int FlushAt = 1 << 16;
    private static readonly DateTime PgEpoch = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly int PgEpochDayNumber = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', 0x0A, 0xFF, 0x0D, 0x0A, 0x00];
    private static readonly decimal[] Powers = [.. Enumerable.Range(0, 29).Select(e => Enumerable.Repeat(10m, e).Aggregate(1m, (a, b) => a * b))];
    private readonly Stream _output;
    private byte[] _buffer = new byte[FlushAt * 2];
    private int _length;

    /// <summary>Starts the stream with the header. <paramref name="output"/> is the raw binary COPY stream.</summary>
    public PgBinaryCopyWriter(Stream output)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        Ensure(19);
        Signature.CopyTo(_buffer, 0);
        _length = Signature.Length;
        Int32(0); // flags
        Int32(0); // header extension length
    }

    /// <summary>Rows started so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Starts a row of <paramref name="fields"/> values.</summary>
    public void StartRow(int fields)
    {
        if (_length >= FlushAt)
        {
            Flush();
        }

        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), checked((short)fields));
        _length += 2;
        Rows++;
    }

    /// <summary>A NULL field.</summary>
    public void WriteNull() => Int32(-1);

    /// <summary>boolean.</summary>
    public void Write(bool value)
    {
        Int32(1);
        Ensure(1);
        _buffer[_length++] = value ? (byte)1 : (byte)0;
    }

    /// <summary>integer (int4).</summary>
    public void Write(int value)
    {
        Int32(4);
        Int32(value);
    }

    /// <summary>bigint (int8).</summary>
    public void Write(long value)
    {
        Int32(8);
        Int64(value);
    }

    /// <summary>real (float4).</summary>
    public void Write(float value)
    {
        Int32(4);
        Int32(BitConverter.SingleToInt32Bits(value));
    }

    /// <summary>double precision (float8).</summary>
    public void Write(double value)
    {
        Int32(8);
        Int64(BitConverter.DoubleToInt64Bits(value));
    }

    /// <summary>text, as UTF-8.</summary>
    public void Write(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Write(value.AsSpan());
    }

    /// <summary>text, as UTF-8, from characters (a silver string column's values, without a string per value).</summary>
    public void Write(ReadOnlySpan<char> value)
    {
        Ensure(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var bytes = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length + 4));
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), bytes);
        _length += 4 + bytes;
    }

    /// <summary>date: days since 2000-01-01.</summary>
    public void Write(DateOnly value)
    {
        Int32(4);
        Int32(value.DayNumber - PgEpochDayNumber);
    }

    /// <summary>timestamptz: microseconds since 2000-01-01 00:00 UTC. <paramref name="utc"/> is a UTC instant.</summary>
    public void WriteTimestamp(DateTime utc)
    {
        Int32(8);
        Int64((utc.Ticks - PgEpoch.Ticks) / TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>
    /// numeric with <paramref name="scale"/> decimal places (the column's): sign, weight and base-10000 digits, the
    /// integer part and the fraction each grouped from the decimal point. <paramref name="value"/> must have at most
    /// <paramref name="scale"/> decimals (silver decimals are read at their column's scale).
    /// </summary>
    public void WriteNumeric(decimal value, int scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scale);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 28);
        var fractionGroups = (scale + 3) / 4;
        // |value| × 10^(4 × fractionGroups): an integer whose base-10000 digits are the numeric's digits.
        var scaled = Math.Abs(value) * Powers[scale];
        var aligned = (UInt128)decimal.Truncate(scaled);
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentException($"{value} has more than {scale} decimal places.", nameof(value));
        }

        for (var i = scale; i < fractionGroups * 4; i++)
        {
            aligned *= 10;
        }

        Span<short> digits = stackalloc short[16];
        var count = 0;
        while (aligned != 0)
        {
            digits[count++] = (short)(ulong)(aligned % 10000);
            aligned /= 10000;
        }

        // digits[0] is the least significant group; its power of 10000 is -fractionGroups.
        var low = 0;
        while (low < count && digits[low] == 0)
        {
            low++;
        }

        var ndigits = count - low;
        var weight = count - fractionGroups - 1;
        Int32(8 + (2 * ndigits));
        Ensure(8 + (2 * ndigits));
        var span = _buffer.AsSpan(_length);
        BinaryPrimitives.WriteInt16BigEndian(span, (short)ndigits);
        BinaryPrimitives.WriteInt16BigEndian(span[2..], (short)(ndigits == 0 ? 0 : weight));
        BinaryPrimitives.WriteInt16BigEndian(span[4..], value < 0 && ndigits > 0 ? (short)0x4000 : (short)0);
        BinaryPrimitives.WriteInt16BigEndian(span[6..], (short)scale);
        for (var i = 0; i < ndigits; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(span[(8 + (2 * i))..], digits[count - 1 - i]);
        }

        _length += 8 + (2 * ndigits);
    }

    /// <summary>Writes the trailer and flushes everything to the stream.</summary>
    public void Complete()
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), -1);
        _length += 2;
        Flush();
    }

    private void Int32(int value)
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    private void Int64(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    private void Ensure(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }

    private void Flush()
    {
        _output.Write(_buffer, 0, _length);
        _length = 0;
    }
}
