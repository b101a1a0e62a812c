using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Tests.Parquet;

public class ParquetWriterValidationTests
{
    private static readonly ParquetSchema Schema = ParquetFiles.Schema(
        new("id", ParquetType.Int64, Nullable: false),
        new ParquetField("name", ParquetType.String),
        new ParquetField("price", ParquetType.Decimal, Precision: 5, Scale: 2));

    [Fact]
    public void WriteRow_WrongType_ThrowsArgumentExceptionNamingColumn()
    {
        using var writer = new ParquetWriter(new MemoryStream(), Schema);

        var error = Assert.Throws<ArgumentException>(() => writer.WriteRow([1L, 42, 1m]));

        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRow_NullInRequiredColumn_ThrowsArgumentExceptionNamingColumn()
    {
        using var writer = new ParquetWriter(new MemoryStream(), Schema);

        var error = Assert.Throws<ArgumentException>(() => writer.WriteRow([null, "a", 1m]));

        Assert.Contains("'id'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRow_DecimalBeyondPrecision_ThrowsArgumentException()
    {
        using var writer = new ParquetWriter(new MemoryStream(), Schema);

        var error = Assert.Throws<ArgumentException>(() => writer.WriteRow([1L, "a", 1000m]));

        Assert.Contains("'price'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRow_WrongValueCount_ThrowsArgumentException()
    {
        using var writer = new ParquetWriter(new MemoryStream(), Schema);

        Assert.Throws<ArgumentException>(() => writer.WriteRow([1L]));
    }

    [Fact]
    public void WriteRow_FailedRow_IsNotWritten()
    {
        using var stream = new MemoryStream();

        using (var writer = new ParquetWriter(stream, Schema))
        {
            writer.WriteRow([1L, "zzz", 1.5m]);
            Assert.Throws<ArgumentException>(() => writer.WriteRow([2L, "aaa", "not a decimal"]));
            writer.WriteRow([3L, null, 2.005m]);
            Assert.Equal(2, writer.RowCount);
        }

        using var reader = ParquetReader.Open(new MemoryStream(stream.ToArray()));
        var rows = reader.ReadRows().ToList();
        Assert.Equal([1L, 3L], rows.Select(r => (long)r[0]!));
        Assert.Equal(2.01m, rows[1][2]);
        Assert.Equal(new ParquetColumnStatistics(1, "zzz", "zzz"), reader.RowGroups[0].Columns[1].Statistics);
    }

    [Fact]
    public void Constructor_DecimalPrecisionAbove18_ThrowsArgumentException()
    {
        var schema = ParquetFiles.Schema(new ParquetField("d", ParquetType.Decimal, Precision: 19, Scale: 2));

        Assert.Throws<ArgumentException>(() => new ParquetWriter(new MemoryStream(), schema));
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
