using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Tests.Parquet;

public class ParquetWriterValidationTests
{
    private static readonly ParquetSchema Schema = ParquetFiles.Schema(
        new("id", ParquetType.Int64, Nullable: false),
        new ParquetField("name", ParquetType.String),
        new ParquetField("price", ParquetType.Decimal, Precision: 5, Scale: 2));

    [Fact]
    public async Task WriteRowAsync_WrongType_ThrowsArgumentExceptionNamingColumn()
    {
        await using var writer = new ParquetFileWriter(new MemoryStream(), Schema);

        var error = Assert.Throws<ArgumentException>(() => writer.Append([1L, 42, 1m]));

        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteRowAsync_NullInRequiredColumn_ThrowsArgumentExceptionNamingColumn()
    {
        await using var writer = new ParquetFileWriter(new MemoryStream(), Schema);

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await writer.WriteRowAsync([null, "a", 1m]));

        Assert.Contains("'id'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteRowAsync_DecimalBeyondPrecision_ThrowsArgumentExceptionWithoutTheValue()
    {
        await using var writer = new ParquetFileWriter(new MemoryStream(), Schema);

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await writer.WriteRowAsync([1L, "a", 1000m]));

        Assert.Contains("'price'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteRowAsync_WrongValueCount_ThrowsArgumentException()
    {
        await using var writer = new ParquetFileWriter(new MemoryStream(), Schema);

        await Assert.ThrowsAsync<ArgumentException>(async () => await writer.WriteRowAsync([1L]));
    }

    [Fact]
    public async Task WriteRowAsync_FailedRow_IsNotWritten()
    {
        using var stream = new MemoryStream();

        await using (var writer = new ParquetFileWriter(stream, Schema))
        {
            await writer.WriteRowAsync([1L, "zzz", 1.5m]);
            await Assert.ThrowsAsync<ArgumentException>(async () => await writer.WriteRowAsync([2L, "aaa", "not a decimal"]));
            await writer.WriteRowAsync([3L, null, 2.005m]);
            Assert.Equal(2, writer.RowCount);
        }

        await using var reader = await ParquetFiles.OpenAsync(stream.ToArray());
        var rows = await reader.ReadRowsAsync().ToListAsync();
        Assert.Equal([1L, 3L], rows.Select(r => (long)r[0]!));
        Assert.Equal(2.01m, rows[1][2]);
        Assert.Equal(new ParquetColumnStatistics(1, "zzz", "zzz"), reader.RowGroups[0].Columns[1].Statistics);
    }

    [Fact]
    public void Constructor_DecimalPrecisionAbove18_ThrowsArgumentException()
    {
        var schema = ParquetFiles.Schema(new ParquetField("d", ParquetType.Decimal, Precision: 19, Scale: 2));

        Assert.Throws<ArgumentException>(() => new ParquetFileWriter(new MemoryStream(), schema));
    }

    [Fact]
    public void Schema_DuplicateNames_ThrowsArgumentException()
    {
        ParquetField[] fields = [new("a", ParquetType.Int32), new("a", ParquetType.String)];

        Assert.Throws<ArgumentException>(() => new ParquetSchema(fields));
    }

    [Fact]
    public void Schema_IndexOf_FindsColumnsByName()
    {
        var schema = Schema;

        var index = schema.IndexOf("price");

        Assert.Equal(2, index);
        Assert.Equal(-1, schema.IndexOf("missing"));
    }
}
