using Lakehouse.Core.Parquet;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Parquet;

public sealed class ParquetDuckDbInteropTests : IDisposable
{
    private const string DuckDbSource = """
        SELECT i::INTEGER AS id,
               CASE WHEN i % 7 = 0 THEN NULL ELSE i * 1000003 END::BIGINT AS big,
               CASE WHEN i % 5 = 0 THEN NULL ELSE 'city-' || (i % 4) END AS city,
               md5(i::VARCHAR) || 'é' AS hash,
               i / 7.0 AS dbl,
               (i / 3.0)::FLOAT AS flt,
               i % 3 = 0 AS flag,
               DATE '1999-12-31' + i::INTEGER AS day,
               TIMESTAMP '2020-01-01 00:00:00.123456' + INTERVAL (i * 3601) SECOND AS ts,
               (TIMESTAMP '2021-06-01' + INTERVAL (i) SECOND)::TIMESTAMP_MS AS ts_ms,
               (TIMESTAMP '2021-06-01' + INTERVAL (i) SECOND)::TIMESTAMP_NS AS ts_ns,
               (i * 1.25)::DECIMAL(9,2) AS dec9,
               (i * 12345.678)::DECIMAL(18,3) AS dec18,
               CASE WHEN i % 9 = 0 THEN NULL ELSE (i * -7.5)::DECIMAL(30,2) END AS dec30
        FROM range(5000) t(i)
        """;

    private readonly TempDirectory _files = new("parquet");

    [Fact]
    public async Task DuckDbRead_OurFileWithAllTypes_ReturnsSameValuesAndTypes()
    {
        var path = _files.Combine("ours.parquet");
        var rows = ParquetRows.AllTypesRows();
        await ParquetFiles.WriteFileAsync(path, ParquetRows.AllTypes, rows);

        var types = await DuckDb.QueryAsync($"SELECT column_type FROM (DESCRIBE SELECT * FROM read_parquet({DuckDb.Literal(path)}))");
        var result = await DuckDb.QueryAsync($"SELECT * FROM read_parquet({DuckDb.Literal(path)})");

        Assert.Equal(
            ["BOOLEAN", "INTEGER", "BIGINT", "FLOAT", "DOUBLE", "VARCHAR", "DATE", "TIMESTAMP WITH TIME ZONE", "DECIMAL(18,4)", "BIGINT"],
            types.Rows.Select(r => r[0]));
        ParquetRoundTripTests.AssertRowsEqual(rows, DuckDbValues.ToRows(result, ParquetRows.AllTypes));
    }

    [Fact]
    public async Task DuckDbMetadata_OurFile_ReportsCodecDictionaryAndStatistics()
    {
        var path = _files.Combine("meta.parquet");
        var schema = ParquetFiles.Schema(
            new ParquetField("n", ParquetType.Int64), new ParquetField("status", ParquetType.String, Nullable: false));
        var rows = Enumerable.Range(0, 1000)
            .Select(i => new object?[] { i % 10 == 0 ? null : (long)i - 500, i % 3 == 0 ? "delivered" : "shipped" });
        await ParquetFiles.WriteFileAsync(path, schema, rows);

        var result = await DuckDb.QueryAsync($"""
            SELECT path_in_schema, compression, encodings, stats_min_value, stats_max_value, stats_null_count, num_values
            FROM parquet_metadata({DuckDb.Literal(path)}) ORDER BY column_id
            """);

        Assert.All(Enumerable.Range(0, 2), r => Assert.Equal("SNAPPY", result.Value(r, "compression")));
        Assert.Contains("DICTIONARY", result.Value(1, "encodings"), StringComparison.Ordinal);
        Assert.Equal(("-499", "499", "100"), (result.Value(0, "stats_min_value"), result.Value(0, "stats_max_value"), result.Value(0, "stats_null_count")));
        Assert.Equal(("delivered", "shipped", "0"), (result.Value(1, "stats_min_value"), result.Value(1, "stats_max_value"), result.Value(1, "stats_null_count")));
        Assert.Equal("1000", result.Value(0, "num_values"));
    }

    [Fact]
    public async Task DuckDbFilter_OurTimestampColumn_StatisticsInMicrosecondsFindTheRows()
    {
        var path = _files.Combine("ts.parquet");
        var schema = ParquetFiles.Schema(new ParquetField("ts", ParquetType.TimestampMicros), new ParquetField("n", ParquetType.Int32, Nullable: false));
        var start = new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await ParquetFiles.WriteFileAsync(path, schema, Enumerable.Range(0, 1000).Select(i => new object?[] { i == 5 ? null : start.AddHours(i), i }));

        var result = await DuckDb.QueryAsync($"""
            SELECT (SELECT count(*) FROM read_parquet({DuckDb.Literal(path)}) WHERE ts > TIMESTAMPTZ '2018-01-10 00:00:00+00') AS later,
                   (SELECT stats_min_value || '|' || stats_max_value FROM parquet_metadata({DuckDb.Literal(path)}) WHERE path_in_schema = 'ts') AS range
            """);

        Assert.Equal("783", result.Value(0, "later"));
        Assert.Equal("2018-01-01 00:00:00+00|2018-02-11 15:00:00+00", result.Value(0, "range"));
    }

    [Fact]
    public async Task DuckDbSchema_OurFile_DeclaresLogicalTypes()
    {
        var path = _files.Combine("schema.parquet");
        await ParquetFiles.WriteFileAsync(path, ParquetRows.AllTypes, ParquetRows.AllTypesRows());

        var result = await DuckDb.QueryAsync($"""
            SELECT name, type, repetition_type, converted_type, logical_type, scale, precision
            FROM parquet_schema({DuckDb.Literal(path)}) WHERE name <> 'schema'
            """);

        var byName = Enumerable.Range(0, result.Rows.Count).ToDictionary(r => result.Value(r, "name")!);
        Assert.Equal("UTF8", result.Value(byName["s"], "converted_type"));
        Assert.Equal("DATE", result.Value(byName["dt"], "converted_type"));
        Assert.Equal("INT64", result.Value(byName["ts"], "type"));
        Assert.Contains("isAdjustedToUTC=1", result.Value(byName["ts"], "logical_type"), StringComparison.Ordinal);
        Assert.Contains("MICROS=MicroSeconds()", result.Value(byName["ts"], "logical_type"), StringComparison.Ordinal);
        Assert.Equal(("DECIMAL", "4", "18"), (result.Value(byName["m"], "converted_type"), result.Value(byName["m"], "scale"), result.Value(byName["m"], "precision")));
        Assert.Equal(("INT64", "REQUIRED"), (result.Value(byName["req"], "type"), result.Value(byName["req"], "repetition_type")));
        Assert.Equal("OPTIONAL", result.Value(byName["i"], "repetition_type"));
    }

    [Theory]
    [InlineData("snappy", "")]
    [InlineData("gzip", "")]
    [InlineData("zstd", "")]
    [InlineData("uncompressed", "")]
    [InlineData("snappy", ", PARQUET_VERSION v2")]
    [InlineData("zstd", ", PARQUET_VERSION v2")]
    [InlineData("snappy", ", ROW_GROUP_SIZE 1000")]
    public async Task ReadRowsAsync_FileWrittenByDuckDb_ReturnsDuckDbValues(string codec, string extra)
    {
        var path = _files.Combine($"duck-{codec}.parquet");

        var expected = await DuckDb.QueryAsync($"""
            COPY ({DuckDbSource}) TO {DuckDb.Literal(path)} (FORMAT parquet, COMPRESSION {codec}{extra});
            SELECT * FROM read_parquet({DuckDb.Literal(path)})
            """);
        await using var reader = await ParquetFileReader.OpenAsync(path);
        var actual = await reader.ReadRowsAsync().ToListAsync();

        Assert.Equal(
            [ParquetType.Int32, ParquetType.Int64, ParquetType.String, ParquetType.String, ParquetType.Double, ParquetType.Float,
                ParquetType.Boolean, ParquetType.Date, ParquetType.TimestampMicros, ParquetType.TimestampMicros,
                ParquetType.TimestampMicros, ParquetType.Decimal, ParquetType.Decimal, ParquetType.Decimal],
            reader.Schema.Fields.Select(f => f.Type));
        Assert.Equal(codec.ToUpperInvariant(), reader.RowGroups[0].Columns[0].Codec);
        ParquetRoundTripTests.AssertRowsEqual(DuckDbValues.ToRows(expected, reader.Schema), actual);
    }

    [Fact]
    public async Task OpenAsync_NestedSchemaFromDuckDb_ThrowsFormatException()
    {
        var path = _files.Combine("nested.parquet");
        await DuckDb.QueryAsync($"COPY (SELECT {{'x': 1}} AS s, [1, 2] AS l) TO {DuckDb.Literal(path)} (FORMAT parquet)");

        var error = await Assert.ThrowsAsync<ParquetFormatException>(() => ParquetFileReader.OpenAsync(path));

        Assert.Contains("Nested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_NotParquetBytes_ThrowsFormatException()
    {
        var bytes = "this is a CSV file, not parquet\n1,2,3\n"u8.ToArray();

        var error = await Assert.ThrowsAsync<ParquetFormatException>(() => ParquetFileReader.OpenAsync(new MemoryStream(bytes)));

        Assert.Contains("Not a Parquet file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_FooterLengthBeyondTheFile_ThrowsFormatException()
    {
        var corrupt = await ParquetFiles.WriteAsync(ParquetRows.AllTypes, ParquetRows.AllTypesRows());
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(corrupt.AsSpan(corrupt.Length - 8), corrupt.Length + 100);

        await Assert.ThrowsAsync<ParquetFormatException>(() => ParquetFileReader.OpenAsync(new MemoryStream(corrupt)));
    }

    public void Dispose() => _files.Dispose();
}
