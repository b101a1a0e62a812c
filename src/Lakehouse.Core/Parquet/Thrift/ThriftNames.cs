namespace Lakehouse.Core.Parquet.Thrift;

/// <summary>Upper-case parquet.thrift names for messages and the metadata API (e.g. RLE_DICTIONARY, ZSTD).</summary>
internal static class ThriftNames
{
    public static string Of(ColumnEncoding value) => value switch
    {
        ColumnEncoding.Plain => "PLAIN",
        ColumnEncoding.PlainDictionary => "PLAIN_DICTIONARY",
        ColumnEncoding.Rle => "RLE",
        ColumnEncoding.BitPacked => "BIT_PACKED",
        ColumnEncoding.DeltaBinaryPacked => "DELTA_BINARY_PACKED",
        ColumnEncoding.DeltaLengthByteArray => "DELTA_LENGTH_BYTE_ARRAY",
        ColumnEncoding.DeltaByteArray => "DELTA_BYTE_ARRAY",
        ColumnEncoding.RleDictionary => "RLE_DICTIONARY",
        ColumnEncoding.ByteStreamSplit => "BYTE_STREAM_SPLIT",
        _ => $"encoding {(int)value}",
    };

    public static string Of(CompressionCodec value) => value switch
    {
        CompressionCodec.Uncompressed => "UNCOMPRESSED",
        CompressionCodec.Snappy => "SNAPPY",
        CompressionCodec.Gzip => "GZIP",
        CompressionCodec.Lzo => "LZO",
        CompressionCodec.Brotli => "BROTLI",
        CompressionCodec.Lz4 => "LZ4",
        CompressionCodec.Zstd => "ZSTD",
        CompressionCodec.Lz4Raw => "LZ4_RAW",
        _ => $"codec {(int)value}",
    };

    public static string Of(PhysicalType value) => value switch
    {
        PhysicalType.Boolean => "BOOLEAN",
        PhysicalType.Int32 => "INT32",
        PhysicalType.Int64 => "INT64",
        PhysicalType.Int96 => "INT96",
        PhysicalType.Float => "FLOAT",
        PhysicalType.Double => "DOUBLE",
        PhysicalType.ByteArray => "BYTE_ARRAY",
        PhysicalType.FixedLenByteArray => "FIXED_LEN_BYTE_ARRAY",
        _ => $"physical type {(int)value}",
    };
}
