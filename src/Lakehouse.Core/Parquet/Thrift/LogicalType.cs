namespace Lakehouse.Core.Parquet.Thrift;

/// <summary>The parquet.thrift <c>LogicalType</c> union; <see cref="Kind"/> is the union field id.</summary>
internal sealed class LogicalType
{
    public const short StringKind = 1;
    public const short EnumKind = 4;
    public const short DecimalKind = 5;
    public const short DateKind = 6;
    public const short TimeKind = 7;
    public const short TimestampKind = 8;
    public const short IntegerKind = 10;
    public const short JsonKind = 12;

    public short Kind { get; set; }

    public int Scale { get; set; }

    public int Precision { get; set; }

    public bool IsAdjustedToUtc { get; set; }

    public TimeUnit Unit { get; set; } = TimeUnit.Micros;

    public int BitWidth { get; set; }

    public bool IsSigned { get; set; } = true;

    /// <summary>Writes the union's members into an already opened struct field.</summary>
    public void WriteMembers(CompactWriter writer)
    {
        writer.FieldStruct(Kind);
        switch (Kind)
        {
            case DecimalKind:
                writer.FieldI32(1, Scale);
                writer.FieldI32(2, Precision);
                break;
            case TimestampKind or TimeKind:
                writer.FieldBool(1, IsAdjustedToUtc);
                writer.FieldStruct(2);
                writer.FieldStruct((short)Unit);
                writer.EndStruct();
                writer.EndStruct();
                break;
        }

        writer.EndStruct();
    }

    public static LogicalType Read(CompactReader reader)
    {
        var result = new LogicalType();
        reader.BeginStruct();
        for (var (type, id) = reader.ReadFieldHeader(); type != CompactType.Stop; (type, id) = reader.ReadFieldHeader())
        {
            if (type != CompactType.Struct)
            {
                reader.Skip(type);
                continue;
            }

            result.Kind = id;
            reader.BeginStruct();
            for (var (t, f) = reader.ReadFieldHeader(); t != CompactType.Stop; (t, f) = reader.ReadFieldHeader())
            {
                result.ReadMember(reader, id, t, f);
            }

            reader.EndStruct();
        }

        reader.EndStruct();
        return result;
    }

    private void ReadMember(CompactReader reader, short kind, byte type, short field)
    {
        switch (kind, field)
        {
            case (DecimalKind, 1):
                Scale = reader.ReadI32();
                break;
            case (DecimalKind, 2):
                Precision = reader.ReadI32();
                break;
            case (TimestampKind or TimeKind, 1):
                IsAdjustedToUtc = type == CompactType.BooleanTrue;
                break;
            case (TimestampKind or TimeKind, 2) when type == CompactType.Struct:
                Unit = ReadUnit(reader);
                break;
            case (IntegerKind, 1):
                BitWidth = reader.ReadI32();
                break;
            case (IntegerKind, 2):
                IsSigned = type == CompactType.BooleanTrue;
                break;
            default:
                reader.Skip(type);
                break;
        }
    }

    private static TimeUnit ReadUnit(CompactReader reader)
    {
        var unit = TimeUnit.Micros;
        reader.BeginStruct();
        for (var (type, id) = reader.ReadFieldHeader(); type != CompactType.Stop; (type, id) = reader.ReadFieldHeader())
        {
            unit = (TimeUnit)id;
            reader.Skip(type);
        }

        reader.EndStruct();
        return unit;
    }
}
