using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Tests.Parquet;

public class ParquetRoundTripTests
{
    [Theory]
    [InlineData(ParquetCompression.Uncompressed)]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Gzip)]
    public void WriteRow_AllTypesWithExtremesAndNulls_ReadsBackEqualValues(ParquetCompression compression)
    {
        var rows = ParquetRows.AllTypesRows();

        var file = ParquetFiles.Write(ParquetRows.AllTypes, rows, new() { Compression = compression });
        var (schema, read) = ParquetFiles.Read(file);

        Assert.Equal(ParquetRows.AllTypes.Fields, schema.Fields);
        AssertRowsEqual(rows, read);
    }

    [Fact]
    public void Read_TimestampsAndDates_ReturnUtcDateTimeAndDateOnly()
    {
        var rows = ParquetRows.AllTypesRows();

        var (_, read) = ParquetFiles.Read(ParquetFiles.Write(ParquetRows.AllTypes, rows));

        Assert.Equal(DateTimeKind.Utc, Assert.IsType<DateTime>(read[4][7]).Kind);
        Assert.IsType<DateOnly>(read[0][6]);
        Assert.IsType<decimal>(read[0][8]);
    }

    [Fact]
    public void Dispose_NoRows_WritesValidEmptyFile()
    {
        var schema = ParquetFiles.Schema(new ParquetField("a", ParquetType.Int32), new ParquetField("s", ParquetType.String));

        var file = ParquetFiles.Write(schema, []);
        using var reader = ParquetReader.Open(new MemoryStream(file));

        Assert.Equal(0, reader.RowCount);
        Assert.Equal(0, reader.RowGroupCount);
        Assert.Empty(reader.ReadRows());
        Assert.Equal(schema.Fields, reader.Schema.Fields);
    }

    [Fact]
    public void WriteRow_SmallRowGroupTarget_WritesSeveralRowGroups()
    {
        var (schema, rows) = ParquetRows.Random(seed: 7, rowCount: 5000);

        var file = ParquetFiles.Write(schema, rows, new() { RowGroupTargetBytes = 16 * 1024 });
        using var reader = ParquetReader.Open(new MemoryStream(file));

        Assert.True(reader.RowGroupCount > 3, $"{reader.RowGroupCount} row groups");
        Assert.Equal(5000, reader.RowGroups.Sum(g => g.RowCount));
        AssertRowsEqual(rows, reader.ReadRows().ToList());
    }

    [Fact]
    public void Flush_BetweenRows_ClosesRowGroup()
    {
        var schema = ParquetFiles.Schema(new ParquetField("a", ParquetType.Int32));
        using var stream = new MemoryStream();

        using (var writer = new ParquetWriter(stream, schema))
        {
            writer.WriteRow([1]);
            writer.Flush();
            writer.Flush();
            writer.WriteRow([2]);
        }

        using var reader = ParquetReader.Open(new MemoryStream(stream.ToArray()));
        Assert.Equal(2, reader.RowGroupCount);
        Assert.Equal([1, 2], reader.ReadRows().Select(r => (int)r[0]!));
    }

    [Fact]
    public void WriteRow_ManyDistinctStrings_FallsBackToPlainAndRoundTrips()
    {
        var schema = ParquetFiles.Schema(new ParquetField("hi", ParquetType.String), new ParquetField("lo", ParquetType.String));
        var rows = Enumerable.Range(0, 3000).Select(i => new object?[] { $"value-{i}", $"cat-{i % 3}" }).ToList();

        var file = ParquetFiles.Write(schema, rows, new() { DictionaryMaxEntries = 1000 });
        using var reader = ParquetReader.Open(new MemoryStream(file));

        var chunks = reader.RowGroups.Single().Columns;
        Assert.DoesNotContain("RLE_DICTIONARY", chunks[0].Encodings);
        Assert.Contains("RLE_DICTIONARY", chunks[1].Encodings);
        AssertRowsEqual(rows, reader.ReadRows().ToList());
    }

    [Fact]
    public void WriteRow_DictionaryOverByteLimit_FallsBackToPlain()
    {
        var schema = ParquetFiles.Schema(new ParquetField("s", ParquetType.String, Nullable: false));
        var rows = Enumerable.Range(0, 200).Select(i => new object?[] { new string('x', 100) + i }).ToList();

        var file = ParquetFiles.Write(schema, rows, new() { DictionaryMaxBytes = 4096 });
        using var reader = ParquetReader.Open(new MemoryStream(file));

        Assert.DoesNotContain("RLE_DICTIONARY", reader.RowGroups[0].Columns[0].Encodings);
        AssertRowsEqual(rows, reader.ReadRows().ToList());
    }

    [Fact]
    public void WriteRow_SmallPageTarget_SplitsChunksIntoPagesAndRoundTrips()
    {
        var (schema, rows) = ParquetRows.Random(seed: 11, rowCount: 20_000);

        var file = ParquetFiles.Write(schema, rows, new() { DataPageTargetBytes = 2048 });
        var (_, read) = ParquetFiles.Read(file);

        AssertRowsEqual(rows, read);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void WriteRow_RandomData_RoundTrips(int seed)
    {
        var (schema, rows) = ParquetRows.Random(seed, rowCount: 500 + (seed * 700));
        var options = new ParquetWriterOptions
        {
            Compression = (ParquetCompression)(seed % 3),
            RowGroupTargetBytes = seed % 2 == 0 ? 8 * 1024 : 64 * 1024 * 1024,
            DictionaryMaxEntries = seed * 10,
            DataPageTargetBytes = 512 * seed,
        };

        var (readSchema, read) = ParquetFiles.Read(ParquetFiles.Write(schema, rows, options));

        Assert.Equal(schema.Fields, readSchema.Fields);
        AssertRowsEqual(rows, read);
    }

    [Fact]
    public void Dispose_Metadata_IsReadBack()
    {
        var schema = ParquetFiles.Schema(new ParquetField("a", ParquetType.Int32));
        var metadata = new Dictionary<string, string> { ["source"] = "olist", ["unicode"] = "ünï" };

        var file = ParquetFiles.Write(schema, [[1]], new() { Metadata = metadata });
        using var reader = ParquetReader.Open(new MemoryStream(file));

        Assert.Equal(metadata, reader.Metadata);
        Assert.StartsWith("lakehouse version 0.1.0", reader.CreatedBy, StringComparison.Ordinal);
    }

    [Fact]
    public void RowGroups_WrittenColumns_ExposeStatisticsAndCodec()
    {
        var schema = ParquetFiles.Schema(new ParquetField("n", ParquetType.Int64), new ParquetField("s", ParquetType.String));
        object?[][] rows = [[5L, "b"], [null, "ä"], [-3L, null], [9L, "a"]];

        var file = ParquetFiles.Write(schema, rows);
        using var reader = ParquetReader.Open(new MemoryStream(file));

        var columns = reader.RowGroups[0].Columns;
        Assert.Equal(new ParquetColumnStatistics(1, -3L, 9L), columns[0].Statistics);
        Assert.Equal(new ParquetColumnStatistics(1, "a", "ä"), columns[1].Statistics);
        Assert.All(columns, c => Assert.Equal("SNAPPY", c.Codec));
        Assert.Equal(["INT64", "BYTE_ARRAY"], columns.Select(c => c.PhysicalType));
    }

    [Fact]
    public async Task DisposeAsync_NonSeekableStream_WritesReadableFile()
    {
        var schema = ParquetFiles.Schema(new ParquetField("a", ParquetType.String));
        using var inner = new MemoryStream();
        await using var forwardOnly = new ForwardOnlyStream(inner);

        await using (var writer = new ParquetWriter(forwardOnly, schema))
        {
            writer.WriteRow(["x"]);
        }

        var (_, read) = ParquetFiles.Read(inner.ToArray());
        Assert.Equal("x", Assert.Single(read)[0]);
    }

    internal static void AssertRowsEqual(IReadOnlyList<object?[]> expected, IReadOnlyList<object?[]> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var r = 0; r < expected.Count; r++)
        {
            for (var c = 0; c < expected[r].Length; c++)
            {
                var want = expected[r][c] is DateTime { Kind: DateTimeKind.Unspecified } t
                    ? DateTime.SpecifyKind(t, DateTimeKind.Utc)
                    : expected[r][c];
                if (!Equals(want, actual[r][c]))
                {
                    Assert.Fail($"row {r} column {c}: expected {want ?? "null"} ({want?.GetType().Name}), got {actual[r][c] ?? "null"} ({actual[r][c]?.GetType().Name})");
                }
            }
        }
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
