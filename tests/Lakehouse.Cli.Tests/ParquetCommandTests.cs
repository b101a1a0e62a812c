using Lakehouse.Core.Parquet;
using Lakehouse.Testing;

namespace Lakehouse.Cli.Tests;

public sealed class ParquetCommandTests : IDisposable
{
    private static readonly ParquetSchema Schema = new(
    [
        new ParquetField("order_id", ParquetType.String, Nullable: false),
        new ParquetField("order_item_id", ParquetType.Int32, Nullable: false),
        new ParquetField("order_status", ParquetType.String),
        new ParquetField("shipping_limit_date", ParquetType.TimestampMicros),
        new ParquetField("price", ParquetType.Decimal, Precision: 12, Scale: 2),
    ]);

    private readonly TempDirectory _folder = new("cli-parquet");

    [Fact]
    public async Task Schema_OurFile_ListsColumnsWithTypes()
    {
        var path = await WriteOursAsync();

        var (exitCode, output) = await CliConsole.RunAsync("parquet", "schema", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("5 columns, 300 rows", output, StringComparison.Ordinal);
        Assert.Matches(@"order_item_id\s+│ INT32\s+│ -\s+│ no", output);
        Assert.Matches(@"shipping_limit_date\s+│ INT64\s+│ TIMESTAMP\(UTC\)\s+│ yes", output);
        Assert.Matches(@"price\s+│ INT64\s+│ DECIMAL\(12,2\)", output);
    }

    [Fact]
    public async Task Head_OurFileWithN_PrintsFirstRows()
    {
        var path = await WriteOursAsync();

        var (exitCode, output) = await CliConsole.RunAsync("parquet", "head", path, "-n", "3");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"order-0002\s+│ 3\s+│ shipped\s+│ 2018-01-01 02:00:00Z\s+│ 5.00", output);
        Assert.Contains("null", output, StringComparison.Ordinal);
        Assert.DoesNotContain("order-0003", output, StringComparison.Ordinal);
        Assert.Contains("3 of 300 rows", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meta_OurFile_ShowsCodecEncodingsAndStatistics()
    {
        var path = await WriteOursAsync();

        var (exitCode, output) = await CliConsole.RunAsync("parquet", "meta", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("Parquet.Net version", output, StringComparison.Ordinal);
        Assert.Matches(@"row group 0: 300 rows", output);
        Assert.Matches(@"order_status\s+│ BYTE_ARRAY\s+│ SNAPPY\s+│ [A-Z_ ]*_DICT[A-Z_ ]*│ 300\s+│ 100\s+│ \S+\s+│ delivered\s+│ shipped", output);
        Assert.Matches(@"price\s+│ INT64\s+│ SNAPPY\s+│ [^│]+│ 300\s+│ 0\s+│ \S+\s+│ 0.00\s+│ 747.50", output);
    }

    [Fact]
    public async Task SchemaHeadMeta_FileWrittenByDuckDb_ShowDuckDbColumnsAndValues()
    {
        var path = _folder.Combine("duck.parquet");
        await DuckDb.QueryAsync($"COPY (SELECT range::INTEGER AS id, 'city-' || (range % 3) AS city FROM range(50)) TO {DuckDb.Literal(path)} (FORMAT parquet, COMPRESSION gzip)");

        var schema = await CliConsole.RunAsync("parquet", "schema", path);
        var head = await CliConsole.RunAsync("parquet", "head", path, "-n", "2");
        var meta = await CliConsole.RunAsync("parquet", "meta", path);

        Assert.Equal((0, 0, 0), (schema.ExitCode, head.ExitCode, meta.ExitCode));
        Assert.Matches(@"city\s+│ BYTE_ARRAY\s+│ STRING", schema.Output);
        Assert.Matches(@"1\s+│ city-1", head.Output);
        Assert.Contains("DuckDB", meta.Output, StringComparison.Ordinal);
        Assert.Matches(@"id\s+│ INT32\s+│ GZIP\s+│ [^│]+│ 50\s+│ 0\s+│ \S+\s+│ 0\s+│ 49", meta.Output);
    }

    [Fact]
    public async Task HeadMeta_ZstdV2FileFromDuckDb_ShowsValues()
    {
        var path = _folder.Combine("zstd.parquet");
        await DuckDb.QueryAsync($"COPY (SELECT range AS a, 'x' || range AS s FROM range(10)) TO {DuckDb.Literal(path)} (FORMAT parquet, COMPRESSION zstd, PARQUET_VERSION v2)");

        var head = await CliConsole.RunAsync("parquet", "head", path, "-n", "3");
        var meta = await CliConsole.RunAsync("parquet", "meta", path);

        Assert.Equal((0, 0), (head.ExitCode, meta.ExitCode));
        Assert.Matches(@"2\s+│ x2", head.Output);
        Assert.Matches(@"a\s+│ INT64\s+│ ZSTD", meta.Output);
    }

    [Fact]
    public async Task Head_NestedFileFromDuckDb_ExitsOneNamingTheColumn()
    {
        var path = _folder.Combine("nested.parquet");
        await DuckDb.QueryAsync($"COPY (SELECT [1, 2] AS l) TO {DuckDb.Literal(path)} (FORMAT parquet)");

        var (exitCode, output) = await CliConsole.RunAsync("parquet", "head", path);

        Assert.Equal(1, exitCode);
        Assert.Contains("'l'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meta_MissingFile_ExitsTwo()
    {
        var path = _folder.Combine("absent.parquet");

        var (exitCode, output) = await CliConsole.RunAsync("parquet", "meta", path);

        Assert.Equal(2, exitCode);
        Assert.Contains("file not found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_NoFileArgument_ExitsTwoWithUsage()
    {
        var (exitCode, output) = await CliConsole.RunAsync("parquet", "head");

        Assert.Equal(2, exitCode);
        Assert.Contains("lakehouse --help", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> WriteOursAsync()
    {
        var path = _folder.Combine("ours.parquet");
        await using var stream = File.Create(path);
        await using var writer = new ParquetFileWriter(stream, Schema);
        for (var i = 0; i < 300; i++)
        {
            var status = i % 3 == 0 ? null : i % 3 == 1 ? "delivered" : "shipped";
            await writer.WriteRowAsync([$"order-{i:0000}", i + 1, status, new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i), i * 2.5m]);
        }

        return path;
    }
}
