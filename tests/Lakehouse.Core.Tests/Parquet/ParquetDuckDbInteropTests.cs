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
        ParquetFiles.WriteFile(path, ParquetRows.AllTypes, rows);

        var result = await DuckDbCli.QueryAsync($"SELECT * FROM read_parquet({DuckDbCli.Literal(path)})");

        Assert.Equal(
            ["BOOLEAN", "INTEGER", "BIGINT", "FLOAT", "DOUBLE", "VARCHAR", "DATE", "TIMESTAMP WITH TIME ZONE", "DECIMAL(18,4)", "BIGINT"],
            result.Columns.Select(c => c.Type));
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
        ParquetFiles.WriteFile(path, schema, rows);

        var result = await DuckDbCli.QueryAsync($"""
            SELECT path_in_schema, compression, encodings, stats_min_value, stats_max_value, stats_null_count, num_values
            FROM parquet_metadata({DuckDbCli.Literal(path)}) ORDER BY column_id
            """);

        Assert.All(Enumerable.Range(0, 2), r => Assert.Equal("SNAPPY", result.Value(r, "compression")));
        Assert.Contains("RLE_DICTIONARY", result.Value(1, "encodings"), StringComparison.Ordinal);
        Assert.Equal(("-499", "499", "100"), (result.Value(0, "stats_min_value"), result.Value(0, "stats_max_value"), result.Value(0, "stats_null_count")));
        Assert.Equal(("delivered", "shipped", "0"), (result.Value(1, "stats_min_value"), result.Value(1, "stats_max_value"), result.Value(1, "stats_null_count")));
        Assert.Equal("1000", result.Value(0, "num_values"));
    }

    [Fact]
    public async Task DuckDbSchema_OurFile_DeclaresLogicalTypes()
    {
        var path = _files.Combine("schema.parquet");
        ParquetFiles.WriteFile(path, ParquetRows.AllTypes, ParquetRows.AllTypesRows());

        var result = await DuckDbCli.QueryAsync($"""
            SELECT name, type, repetition_type, converted_type, logical_type, scale, precision
            FROM parquet_schema({DuckDbCli.Literal(path)}) WHERE name <> 'schema'
            """);

        var byName = Enumerable.Range(0, result.Rows.Count).ToDictionary(r => result.Value(r, "name")!);
        Assert.Equal("UTF8", result.Value(byName["s"], "converted_type"));
        Assert.Equal("DATE", result.Value(byName["dt"], "converted_type"));
        Assert.Equal("TIMESTAMP_MICROS", result.Value(byName["ts"], "converted_type"));
        Assert.Contains("isAdjustedToUTC=1", result.Value(byName["ts"], "logical_type"), StringComparison.Ordinal);
        Assert.Equal(("DECIMAL", "4", "18"), (result.Value(byName["m"], "converted_type"), result.Value(byName["m"], "scale"), result.Value(byName["m"], "precision")));
        Assert.Equal(("INT64", "REQUIRED"), (result.Value(byName["req"], "type"), result.Value(byName["req"], "repetition_type")));
        Assert.Equal("OPTIONAL", result.Value(byName["i"], "repetition_type"));
    }

    [Theory]
    [InlineData("snappy", "")]
    [InlineData("gzip", "")]
    [InlineData("uncompressed", "")]
    [InlineData("snappy", ", PARQUET_VERSION v2")]
    [InlineData("snappy", ", ROW_GROUP_SIZE 1000")]
    public async Task Read_FileWrittenByDuckDb_ReturnsDuckDbValues(string codec, string extra)
    {
        var path = _files.Combine($"duck-{codec}.parquet");

        var expected = await DuckDbCli.QueryAsync($"""
            COPY ({DuckDbSource}) TO {DuckDbCli.Literal(path)} (FORMAT parquet, COMPRESSION {codec}{extra});
            SELECT * FROM read_parquet({DuckDbCli.Literal(path)})
            """);
        using var reader = ParquetReader.Open(path);
        var actual = reader.ReadRows().ToList();

        Assert.Equal(
            [ParquetType.Int32, ParquetType.Int64, ParquetType.String, ParquetType.String, ParquetType.Double, ParquetType.Float,
                ParquetType.Boolean, ParquetType.Date, ParquetType.TimestampMicros, ParquetType.TimestampMicros,
                ParquetType.TimestampMicros, ParquetType.Decimal, ParquetType.Decimal, ParquetType.Decimal],
            reader.Schema.Fields.Select(f => f.Type));
        Assert.Equal(codec.ToUpperInvariant(), reader.RowGroups[0].Columns[0].Codec);
        ParquetRoundTripTests.AssertRowsEqual(DuckDbValues.ToRows(expected, reader.Schema), actual);
    }

    [Fact]
    public async Task Read_ZstdFileFromDuckDb_ThrowsFormatExceptionNamingZstd()
    {
        var path = _files.Combine("zstd.parquet");
        await DuckDbCli.QueryAsync($"COPY (SELECT range AS a FROM range(10)) TO {DuckDbCli.Literal(path)} (FORMAT parquet, COMPRESSION zstd)");
        using var reader = ParquetReader.Open(path);

        var error = Assert.Throws<ParquetFormatException>(() => reader.ReadRows().ToList());

        Assert.Contains("ZSTD", error.Message, StringComparison.Ordinal);
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
        Assert.Equal("ZSTD", reader.RowGroups[0].Columns[0].Codec);
    }

    [Fact]
    public async Task Open_NestedSchemaFromDuckDb_ThrowsFormatException()
    {
        var path = _files.Combine("nested.parquet");
        await DuckDbCli.QueryAsync($"COPY (SELECT {{'x': 1}} AS s, [1, 2] AS l) TO {DuckDbCli.Literal(path)} (FORMAT parquet)");

        var error = Assert.Throws<ParquetFormatException>(() => ParquetReader.Open(path));

        Assert.Contains("Nested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotParquetBytes_ThrowsFormatException()
    {
        var bytes = "this is a CSV file, not parquet\n1,2,3\n"u8.ToArray();

        var error = Assert.Throws<ParquetFormatException>(() => ParquetReader.Open(new MemoryStream(bytes)));

        Assert.Contains("Not a Parquet file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TruncatedFooter_ThrowsFormatException()
    {
        var file = ParquetFiles.Write(ParquetRows.AllTypes, ParquetRows.AllTypesRows());
        var corrupt = file.ToArray();
        corrupt.AsSpan(corrupt.Length - 8 - 40, 30).Fill(0xFF);

        Assert.Throws<ParquetFormatException>(() => ParquetReader.Open(new MemoryStream(corrupt)));
    }

    public void Dispose() => _files.Dispose();
}
