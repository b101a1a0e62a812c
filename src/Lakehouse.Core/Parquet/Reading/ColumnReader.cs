using System.Buffers;
using Parquet;
using Parquet.Schema;
using PhysicalType = Parquet.Meta.Type;

namespace Lakehouse.Core.Parquet.Reading;

/// <summary>
/// Reads one column chunk with Parquet.Net (<c>ParquetRowGroupReader.ReadRawAsync</c>: the non-null values and the
/// definition levels) into pooled arrays, then spreads the values to their rows in place.
/// </summary>
/// <remarks>
/// DATE, INT64 TIMESTAMP and INT32/INT64 DECIMAL columns are read as their physical integers and converted here
/// (<see cref="LogicalValues"/>): Parquet.Net 6.1.0 decodes DELTA_BINARY_PACKED pages, which DuckDB and Spark write in
/// format v2 files, only into int and long, not into DateOnly, DateTime or decimal.
/// </remarks>
internal static class ColumnReader
{
    public static async Task<ParquetColumn> ReadAsync(ParquetRowGroupReader group, DataField data, ParquetField field, CancellationToken cancellationToken)
    {
        var rows = checked((int)group.RowCount);
        var type = data.ClrType;
        return type switch
        {
            _ when type == typeof(bool) => await ReadAsync<bool>(group, data, field, rows, cancellationToken),
            _ when type == typeof(int) => await ReadAsync<int>(group, data, field, rows, cancellationToken),
            _ when type == typeof(long) => await ReadAsync<long>(group, data, field, rows, cancellationToken),
            _ when type == typeof(float) => await ReadAsync<float>(group, data, field, rows, cancellationToken),
            _ when type == typeof(double) => await ReadAsync<double>(group, data, field, rows, cancellationToken),
            _ when type == typeof(ReadOnlyMemory<char>) => await ReadAsync<ReadOnlyMemory<char>>(group, data, field, rows, cancellationToken),
            _ when type == typeof(DateOnly) => Map(await ReadAsync<int>(group, Physical<int>(data), field, rows, cancellationToken), LogicalValues.Date),
            _ when type == typeof(DateTime) && Is(data, PhysicalType.INT64) =>
                Map(await ReadAsync<long>(group, Physical<long>(data), field, rows, cancellationToken), LogicalValues.Timestamp(data)),
            _ when type == typeof(DateTime) => await ReadAsync<DateTime>(group, data, field, rows, cancellationToken),
            _ when type == typeof(decimal) && Is(data, PhysicalType.INT32) =>
                Map(await ReadAsync<int>(group, Physical<int>(data), field, rows, cancellationToken), LogicalValues.Decimal32(field)),
            _ when type == typeof(decimal) && Is(data, PhysicalType.INT64) =>
                Map(await ReadAsync<long>(group, Physical<long>(data), field, rows, cancellationToken), LogicalValues.Decimal(field)),
            _ when type == typeof(decimal) => await ReadAsync<decimal>(group, data, field, rows, cancellationToken),
            _ when type == typeof(short) => Map(await ReadAsync<short>(group, data, field, rows, cancellationToken), static v => (int)v),
            _ when type == typeof(sbyte) => Map(await ReadAsync<sbyte>(group, data, field, rows, cancellationToken), static v => (int)v),
            _ when type == typeof(ushort) => Map(await ReadAsync<ushort>(group, data, field, rows, cancellationToken), static v => (int)v),
            _ when type == typeof(byte) => Map(await ReadAsync<byte>(group, data, field, rows, cancellationToken), static v => (int)v),
            _ when type == typeof(uint) => Map(await ReadAsync<uint>(group, data, field, rows, cancellationToken), static v => (long)v),
            _ => throw new ParquetFormatException($"Column '{field.Name}': {type.Name} is not supported."),
        };
    }

    private static async Task<ParquetColumn<T>> ReadAsync<T>(ParquetRowGroupReader group, DataField data, ParquetField field, int rows, CancellationToken cancellationToken)
        where T : struct
    {
        var values = ArrayPool<T>.Shared.Rent(Math.Max(rows, 1));
        var levels = data.MaxDefinitionLevel > 0 ? ArrayPool<int>.Shared.Rent(Math.Max(rows, 1)) : null;
        try
        {
            await group.ReadRawAsync(data, values.AsMemory(0, rows), levels?.AsMemory(0, rows), null, cancellationToken);
            if (levels is null)
            {
                return new ParquetColumn<T>(field, rows, values, null, 0);
            }

            var nulls = ArrayPool<bool>.Shared.Rent(Math.Max(rows, 1));
            var nullCount = Spread(values, levels, nulls, rows, data.MaxDefinitionLevel);
            return new ParquetColumn<T>(field, rows, values, nulls, nullCount);
        }
        catch
        {
            ArrayPool<T>.Shared.Return(values);
            throw;
        }
        finally
        {
            if (levels is not null)
            {
                ArrayPool<int>.Shared.Return(levels);
            }
        }
    }

    /// <summary>Moves the dense non-null values to their rows (back to front, so in place); returns the null count.</summary>
    private static int Spread<T>(T[] values, int[] levels, bool[] nulls, int rows, int defined)
    {
        var present = 0;
        for (var r = 0; r < rows; r++)
        {
            present += levels[r] == defined ? 1 : 0;
        }

        var next = present - 1;
        for (var r = rows - 1; r >= 0; r--)
        {
            var isNull = levels[r] != defined;
            nulls[r] = isNull;
            values[r] = isNull ? default! : values[next--];
        }

        return rows - present;
    }

    /// <summary>The column's values through <paramref name="convert"/> (nulls stay null and are not converted).</summary>
    private static ParquetColumn<TOut> Map<TIn, TOut>(ParquetColumn<TIn> stored, Func<TIn, TOut> convert)
        where TIn : struct
        where TOut : struct
    {
        using (stored)
        {
            var values = ArrayPool<TOut>.Shared.Rent(Math.Max(stored.RowCount, 1));
            var nulls = stored.Field.Nullable ? ArrayPool<bool>.Shared.Rent(Math.Max(stored.RowCount, 1)) : null;
            for (var r = 0; r < stored.RowCount; r++)
            {
                var isNull = stored.IsNull(r);
                values[r] = isNull ? default : convert(stored[r]);
                if (nulls is not null)
                {
                    nulls[r] = isNull;
                }
            }

            return new ParquetColumn<TOut>(stored.Field, stored.RowCount, values, nulls, stored.NullCount);
        }
    }

    private static bool Is(DataField data, PhysicalType physical) => data.SchemaElement?.Type == physical;

    /// <summary>A field with the same path and nullability that reads the column as its physical integers.</summary>
    private static DataField<T> Physical<T>(DataField data)
    {
        var field = new DataField<T>(data.Name, data.IsNullable);
        _ = new global::Parquet.Schema.ParquetSchema(field); // attaches the field: its path is the column's
        return field;
    }
}
