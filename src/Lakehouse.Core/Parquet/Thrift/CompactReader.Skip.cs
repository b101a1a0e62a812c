namespace Lakehouse.Core.Parquet.Thrift;

// Skipping values of unknown fields (newer parquet.thrift members, other writers' extensions).
internal sealed partial class CompactReader
{
    public void Skip(byte type)
    {
        switch (type)
        {
            case CompactType.BooleanTrue or CompactType.BooleanFalse:
                break;
            case CompactType.Byte:
                ReadByte();
                break;
            case CompactType.I16 or CompactType.I32 or CompactType.I64:
                ReadVarUInt64();
                break;
            case CompactType.Double:
                Advance(8);
                break;
            case CompactType.Binary:
                Advance(ReadLength());
                break;
            case CompactType.List or CompactType.Set:
                SkipList();
                break;
            case CompactType.Map:
                SkipMap();
                break;
            case CompactType.Struct:
                SkipStruct();
                break;
            default:
                throw Corrupt($"unknown Thrift type {type}");
        }
    }

    private void SkipList()
    {
        var (elementType, count) = ReadListHeader();
        for (var i = 0; i < count; i++)
        {
            if (elementType is CompactType.BooleanTrue or CompactType.BooleanFalse)
            {
                ReadByte();
            }
            else
            {
                Skip(elementType);
            }
        }
    }

    private void SkipMap()
    {
        var count = checked((int)ReadVarUInt64());
        if (count == 0)
        {
            return;
        }

        var types = ReadByte();
        for (var i = 0; i < count; i++)
        {
            Skip((byte)(types >> 4));
            Skip((byte)(types & 0x0F));
        }
    }

    private void SkipStruct()
    {
        BeginStruct();
        while (true)
        {
            var (type, _) = ReadFieldHeader();
            if (type == CompactType.Stop)
            {
                break;
            }

            Skip(type);
        }

        EndStruct();
    }
}
