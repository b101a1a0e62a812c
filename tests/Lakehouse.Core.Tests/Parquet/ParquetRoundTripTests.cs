using Lakehouse.Core.Parquet;

namespace Lakehouse.Core.Tests.Parquet;

public class ParquetRoundTripTests
{
    [Theory]
    [InlineData(ParquetCompression.Uncompressed)]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Gzip)]
    [InlineData(ParquetCompression.Zstd)]
    public async Task WriteRowAsync_AllTypesWithExtremesAndNulls_ReadsBackEqualValues(ParquetCompression compression)
    {
        var rows = ParquetRows.AllTypesRows();

        var file = await ParquetFiles.WriteAsync(ParquetRows.AllTypes, rows, new() { Compression = compression });
        var (schema, read) = await ParquetFiles.ReadAsync(file);

        Assert.Equal(ParquetRows.AllTypes.Fields, schema.Fields);
        AssertRowsEqual(rows, read);
    }

    [Fact]
    public async Task ReadRowGroupAsync_TypedColumns_HoldRowAlignedValuesAndNulls()
    {
        var rows = ParquetRows.AllTypesRows();

        await using var reader = await ParquetFiles.OpenAsync(await ParquetFiles.WriteAsync(ParquetRows.AllTypes, rows));
        using var group = await reader.ReadRowGroupAsync(0);

        Assert.Equal(DateTimeKind.Utc, group.Column<DateTime>(7)[4].Kind);
        Assert.Equal(new DateOnly(1900, 1, 1), group.Column<DateOnly>(6)[0]);
        Assert.Equal("héllo wörld 日本語 😀", group.Column<ReadOnlyMemory<char>>(5)[1].ToString());
        Assert.Equal([false, false, true, false, false, false], Enumerable.Range(0, 6).Select(group.Columns[1].IsNull));
        Assert.Equal((1, 0), (group.Columns[1].NullCount, group.Columns[9].NullCount));
        Assert.Equal(-0.0001m, group.Column<decimal>(8)[4]);
    }

    [Fact]
    public async Task DisposeAsync_NoRows_WritesValidEmptyFile()
    {
        var schema = ParquetFiles.Schema(new ParquetField("a", ParquetType.Int32), new ParquetField("s", ParquetType.String));

        await using var reader = await ParquetFiles.OpenAsync(await ParquetFiles.WriteAsync(schema, []));

        Assert.Equal(0, reader.RowCount);
        Assert.Equal(0, reader.RowGroupCount);
        Assert.Empty(await reader.ReadRowsAsync().ToListAsync());
        Assert.Equal(schema.Fields, reader.Schema.Fields);
    }

    [Fact]
    public async Task WriteRowAsync_SmallRowGroupTarget_WritesSeveralRowGroups()
    {
        var (schema, rows) = ParquetRows.Random(seed: 7, rowCount: 5000);

        await using var reader = await ParquetFiles.OpenAsync(await ParquetFiles.WriteAsync(schema, rows, new() { RowGroupTargetBytes = 16 * 1024 }));

        Assert.True(reader.RowGroupCount > 3, $"{reader.RowGroupCount} row groups");
        Assert.Equal(5000, reader.RowGroups.Sum(g => g.RowCount));
        AssertRowsEqual(rows, await reader.ReadRowsAsync().ToListAsync());
    }

    [Fact]
    public async Task FlushAsync_BetweenRows_ClosesRowGroup()
    {
        var schema = ParquetFiles.Schema(new ParquetField("a", ParquetType.Int32));
        using var stream = new MemoryStream();

        await using (var writer = new ParquetFileWriter(stream, schema))
        {
            await writer.WriteRowAsync([1]);
            await writer.FlushAsync();
            await writer.FlushAsync();
            await writer.WriteRowAsync([2]);
        }

        await using var reader = await ParquetFiles.OpenAsync(stream.ToArray());
        Assert.Equal(2, reader.RowGroupCount);
        Assert.Equal([1, 2], (await reader.ReadRowsAsync().ToListAsync()).Select(r => (int)r[0]!));
    }

    [Fact]
    public async Task WriteRowAsync_RepeatingAndDistinctStrings_DictionaryOnlyWhereValuesRepeat()
    {
        var schema = ParquetFiles.Schema(new ParquetField("id", ParquetType.String), new ParquetField("status", ParquetType.String, Nullable: false));
        var rows = Enumerable.Range(0, 3000).Select(i => new object?[] { $"value-{i}", $"status-{i % 3}" }).ToList();

        await using var reader = await ParquetFiles.OpenAsync(await ParquetFiles.WriteAsync(schema, rows));

        var chunks = reader.RowGroups.Single().Columns;
        Assert.DoesNotContain(chunks[0].Encodings, e => e.Contains("DICTIONARY", StringComparison.Ordinal));
        Assert.Contains(chunks[1].Encodings, e => e.Contains("DICTIONARY", StringComparison.Ordinal));
        AssertRowsEqual(rows, await reader.ReadRowsAsync().ToListAsync());
    }

    [Fact]
    public async Task WriteRowAsync_DictionaryThresholdZero_WritesPlain()
    {
        var schema = ParquetFiles.Schema(new ParquetField("s", ParquetType.String, Nullable: false));
        var rows = Enumerable.Range(0, 200).Select(i => new object?[] { $"cat-{i % 2}" }).ToList();

        await using var reader = await ParquetFiles.OpenAsync(await ParquetFiles.WriteAsync(schema, rows, new() { DictionaryThreshold = 0 }));

        Assert.DoesNotContain(reader.RowGroups[0].Columns[0].Encodings, e => e.Contains("DICTIONARY", StringComparison.Ordinal));
        AssertRowsEqual(rows, await reader.ReadRowsAsync().ToListAsync());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task WriteRowAsync_RandomData_RoundTrips(int seed)
    {
        var (schema, rows) = ParquetRows.Random(seed, rowCount: 500 + (seed * 700));
        var options = new ParquetWriterOptions
        {
            Compression = (ParquetCompression)(seed % 4),
            RowGroupTargetBytes = seed % 2 == 0 ? 8 * 1024 : 64 * 1024 * 1024,
            DictionaryThreshold = seed / 6.0,
        };

        var (readSchema, read) = await ParquetFiles.ReadAsync(await ParquetFiles.WriteAsync(schema, rows, options));

        Assert.Equal(schema.Fields, readSchema.Fields);
        AssertRowsEqual(rows, read);
    }

    [Fact]
    public async Task DisposeAsync_MetadataChangedWhileWriting_IsReadBackWithParquetNetCreatedBy()
    {
        var schema = ParquetFiles.Schema(new ParquetField("a", ParquetType.Int32));
        var metadata = new Dictionary<string, string> { ["source"] = "olist" };
        using var stream = new MemoryStream();

        await using (var writer = new ParquetFileWriter(stream, schema, new() { Metadata = metadata }))
        {
            await writer.WriteRowAsync([1]);
            metadata["unicode"] = "ünï";
        }

        await using var reader = await ParquetFiles.OpenAsync(stream.ToArray());
        Assert.Equal(metadata, reader.Metadata);
        Assert.StartsWith("Parquet.Net", reader.CreatedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RowGroups_WrittenColumns_ExposeStatisticsAndCodec()
    {
        var schema = ParquetFiles.Schema(new ParquetField("n", ParquetType.Int64), new ParquetField("s", ParquetType.String));
        object?[][] rows = [[5L, "b"], [null, "ä"], [-3L, null], [9L, "a"]];

        await using var reader = await ParquetFiles.OpenAsync(await ParquetFiles.WriteAsync(schema, rows));

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

        await using (var writer = new ParquetFileWriter(forwardOnly, schema))
        {
            await writer.WriteRowAsync(["x"]);
        }

        var (_, read) = await ParquetFiles.ReadAsync(inner.ToArray());
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
}
