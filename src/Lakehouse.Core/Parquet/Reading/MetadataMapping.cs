using Parquet.Data;
using Parquet.Meta;
using Parquet.Schema;
using NetReader = Parquet.ParquetReader;

namespace Lakehouse.Core.Parquet.Reading;

/// <summary>The footer's row groups and column chunks as the public records of <see cref="ParquetFileReader.RowGroups"/>.</summary>
internal static class MetadataMapping
{
    public static IReadOnlyList<ParquetRowGroupInfo> RowGroups(NetReader reader, ParquetSchema schema, DataField[] fields)
    {
        var groups = new List<ParquetRowGroupInfo>(reader.RowGroupCount);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            var chunks = new List<ParquetColumnChunkInfo>(fields.Length);
            for (var c = 0; c < fields.Length; c++)
            {
                var meta = group.GetMetadata(fields[c])?.MetaData
                    ?? throw new ParquetFormatException($"Column chunk metadata of '{fields[c].Name}' is missing (row group {g}).");
                chunks.Add(new ParquetColumnChunkInfo(
                    fields[c].Name,
                    meta.Type.ToString(),
                    meta.Codec.ToString(),
                    [.. meta.Encodings.Select(e => e.ToString())],
                    meta.NumValues,
                    meta.TotalCompressedSize,
                    meta.TotalUncompressedSize,
                    meta.DataPageOffset,
                    meta.DictionaryPageOffset,
                    Statistics(meta.Statistics is null ? null : group.GetStatistics(fields[c]), fields[c], schema.Fields[c])));
            }

            var raw = group.RowGroup;
            groups.Add(new ParquetRowGroupInfo(g, raw.NumRows, raw.TotalByteSize, raw.TotalCompressedSize ?? chunks.Sum(c => c.CompressedSize), chunks));
        }

        return groups;
    }

    private static ParquetColumnStatistics? Statistics(DataColumnStatistics? statistics, DataField data, ParquetField field) =>
        statistics is null ? null
            : new ParquetColumnStatistics(statistics.NullCount, Value(statistics.MinValue, data, field), Value(statistics.MaxValue, data, field));

    /// <summary>
    /// Statistics values as the column's CLR values. Parquet.Net 6.1.0 decodes INT32/INT64 statistics as the physical
    /// integers whatever the logical type, so dates, timestamps and decimals are converted as the data is (<see cref="LogicalValues"/>).
    /// </summary>
    private static object? Value(object? value, DataField data, ParquetField field) => (value, field.Type) switch
    {
        (null, _) => null,
        (ReadOnlyMemory<char> text, _) => text.ToString(),
        (int days, ParquetType.Date) => LogicalValues.Date(days),
        (DateTime t, ParquetType.Date) => DateOnly.FromDateTime(t),
        (long units, ParquetType.TimestampMicros) => LogicalValues.Timestamp(data)(units),
        (int unscaled, ParquetType.Decimal) => LogicalValues.Decimal(field)(unscaled),
        (long unscaled, ParquetType.Decimal) => LogicalValues.Decimal(field)(unscaled),
        (short or sbyte or ushort or byte, _) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture),
        (uint u, _) => (long)u,
        _ => value,
    };
}
