using System.Text;

namespace Lakehouse.Core.Parquet.Thrift;

/// <summary>Reads the Thrift compact protocol from a byte array; unknown fields are skipped.</summary>
internal sealed partial class CompactReader
{
    private const int MaxDepth = 64;
    private readonly byte[] _data;
    private readonly int _end;
    private readonly Stack<short> _lastFieldIds = new();
    private short _lastFieldId;

    public CompactReader(byte[] data, int offset, int length)
    {
        _data = data;
        Position = offset;
        _end = offset + length;
    }

    public int Position { get; private set; }

    public void BeginStruct()
    {
        if (_lastFieldIds.Count >= MaxDepth)
        {
            throw Corrupt("Thrift structures nested too deeply");
        }

        _lastFieldIds.Push(_lastFieldId);
        _lastFieldId = 0;
    }

    public void EndStruct() => _lastFieldId = _lastFieldIds.Pop();

    /// <summary>Reads a field header; returns type <see cref="CompactType.Stop"/> at the end of the struct.</summary>
    public (byte Type, short Id) ReadFieldHeader()
    {
        var header = ReadByte();
        var type = (byte)(header & 0x0F);
        if (type == CompactType.Stop)
        {
            return (type, 0);
        }

        var delta = header >> 4;
        _lastFieldId = delta == 0 ? (short)ReadZigZag() : (short)(_lastFieldId + delta);
        return (type, _lastFieldId);
    }

    public (byte ElementType, int Count) ReadListHeader()
    {
        var header = ReadByte();
        var count = header >> 4;
        if (count == 15)
        {
            count = checked((int)ReadVarUInt64());
        }

        if (count < 0 || count > _end - Position)
        {
            throw Corrupt("invalid Thrift list length");
        }

        return ((byte)(header & 0x0F), count);
    }

    public int ReadI32() => checked((int)ReadZigZag());

    public long ReadI64() => ReadZigZag();

    /// <summary>Reads a bool list element (field bools live in the field header).</summary>
    public bool ReadBoolElement() => ReadByte() == CompactType.BooleanTrue;

    public byte[] ReadBinary()
    {
        var length = ReadLength();
        var result = _data.AsSpan(Position, length).ToArray();
        Position += length;
        return result;
    }

    public string ReadString()
    {
        var length = ReadLength();
        var result = Encoding.UTF8.GetString(_data, Position, length);
        Position += length;
        return result;
    }

    private int ReadLength()
    {
        var length = ReadVarUInt64();
        if (length > (ulong)(_end - Position))
        {
            throw Corrupt("Thrift binary field runs past the end of the buffer");
        }

        return (int)length;
    }

    private void Advance(int count)
    {
        if (count > _end - Position)
        {
            throw Corrupt("unexpected end of Thrift data");
        }

        Position += count;
    }

    private byte ReadByte()
    {
        if (Position >= _end)
        {
            throw Corrupt("unexpected end of Thrift data");
        }

        return _data[Position++];
    }

    private long ReadZigZag()
    {
        var raw = ReadVarUInt64();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    private ulong ReadVarUInt64()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw Corrupt("malformed Thrift varint");
    }

    private static ParquetFormatException Corrupt(string what) => new($"Corrupt Parquet metadata: {what}.");
}
