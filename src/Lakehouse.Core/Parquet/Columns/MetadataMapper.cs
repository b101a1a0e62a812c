using System.Text;

using Lakehouse.Core.Parquet.Encodings;
using Lakehouse.Core.Parquet.Schema;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>Maps footer structures to the public row group / column chunk records.</summary>
internal static class MetadataMapper
{
    public static ParquetRowGroupInfo ToInfo(int index, RowGroup rowGroup, IReadOnlyList<ColumnDescriptor> columns)
    {
        var chunks = new List<ParquetColumnChunkInfo>(rowGroup.Columns.Count);
        for (var i = 0; i < rowGroup.Columns.Count && i < columns.Count; i++)
        {
            var meta = rowGroup.Columns[i].MetaData
                ?? throw new ParquetFormatException($"Column chunk metadata outside the footer is not supported (column '{columns[i].Name}').");
            chunks.Add(new ParquetColumnChunkInfo(
                columns[i].Name,
                ThriftNames.Of(meta.Type),
                ThriftNames.Of(meta.Codec),
                [.. meta.Encodings.Select(ThriftNames.Of)],
                meta.NumValues,
                meta.TotalCompressedSize,
                meta.TotalUncompressedSize,
                meta.DataPageOffset,
                meta.DictionaryPageOffset,
                ToStatistics(meta.Statistics, columns[i])));
        }

        var compressed = rowGroup.TotalCompressedSize ?? chunks.Sum(c => c.CompressedSize);
        return new ParquetRowGroupInfo(index, rowGroup.NumRows, rowGroup.TotalByteSize, compressed, chunks);
    }

    private static ParquetColumnStatistics? ToStatistics(Statistics? statistics, ColumnDescriptor column)
    {
        if (statistics is null)
        {
            return null;
        }

        // The deprecated min/max used signed byte order for strings; trust them only for numeric types.
        var legacyOk = column.Physical is not (PhysicalType.ByteArray or PhysicalType.FixedLenByteArray);
        var min = statistics.MinValue ?? (legacyOk ? statistics.Min : null);
        var max = statistics.MaxValue ?? (legacyOk ? statistics.Max : null);
        return new ParquetColumnStatistics(statistics.NullCount, Decode(min, column), Decode(max, column));
    }

    private static object? Decode(byte[]? value, ColumnDescriptor column)
    {
        if (value is null)
        {
            return null;
        }

        if (column.Field.Type == ParquetType.String)
        {
            return Encoding.UTF8.GetString(value); // may be truncated mid-character by some writers
        }

        var converter = new ValueConverter(column);
        if (column.Physical is PhysicalType.ByteArray)
        {
            return converter.FromBytes(value);
        }

        if (column.Physical == PhysicalType.FixedLenByteArray && value.Length != column.TypeLength)
        {
            return null;
        }

        var output = new object?[1];
        PlainDecoder.Decode(value, converter, output);
        return output[0];
    }
}
