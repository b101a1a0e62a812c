using System.Buffers.Binary;
using System.Reflection;
using Parquet;
using Parquet.Meta;

namespace Lakehouse.Core.Parquet.Writing;

/// <summary>
/// Corrects the footer statistics of TIMESTAMP(MICROS) column chunks. Parquet.Net 6.1.0 (and its main branch) writes
/// their min/max as milliseconds since the epoch (<c>ParquetPlainEncoder.TryEncode(DateTime)</c>), a thousand times
/// too small: DuckDB then skips every row group for a filter such as <c>ts &gt; '2017-01-01'</c> and returns no rows.
/// The chunk's statistics object is replaced, before the footer is written, by one with the microseconds of the
/// column's real min and max (the PLAIN form of an INT64: 8 bytes, little-endian).
/// </summary>
/// <remarks>
/// The row group's metadata is a private field of <see cref="ParquetRowGroupWriter"/>; a newer Parquet.Net without it
/// fails here loudly (and the DuckDB filter test in SilverInteropTests shows whether the bug is gone).
/// </remarks>
internal static class TimestampStatistics
{
    private static readonly FieldInfo RowGroupField = typeof(ParquetRowGroupWriter).GetField("_owGroup", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("Parquet.Net's ParquetRowGroupWriter has no _owGroup field: review TimestampStatistics for this version.");

    public static void Correct(ParquetRowGroupWriter rowGroup, int column, DateTime? min, DateTime? max)
    {
        var group = (RowGroup)RowGroupField.GetValue(rowGroup)!;
        var statistics = group.Columns[column].MetaData?.Statistics;
        if (statistics is null)
        {
            return;
        }

        statistics.Min = statistics.MinValue = min is { } lo ? Micros(lo) : null;
        statistics.Max = statistics.MaxValue = max is { } hi ? Micros(hi) : null;
    }

    /// <summary>As Parquet.Net converts values: Local to UTC, Unspecified taken as UTC.</summary>
    public static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;

    /// <summary>The microseconds since the epoch a value is stored as: the same arithmetic as the data pages (whole microseconds of the ticks, minus the epoch's).</summary>
    public static long MicrosOf(DateTime value) =>
        (Utc(value).Ticks / TimeSpan.TicksPerMicrosecond) - (DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerMicrosecond);

    private static byte[] Micros(DateTime value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, MicrosOf(value));
        return bytes;
    }
}
