using System.Text;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Masking;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Transform;
using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Tests.Transform;

/// <summary>How a source file's bytes are read: UTF-8 as it is, Windows-1252 transcoded, binary rejected.</summary>
public sealed class SourceEncodingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(65535)]
    public void Detect_Utf8WithMultiByteCharactersAcrossChunkEnds_IsUtf8(int padding)
    {
        // "ã" (2 bytes), "€" (3 bytes) and "𝄞" (4 bytes) land across the 64 KiB chunk end for some paddings.
        var text = new string('a', padding) + string.Concat(Enumerable.Repeat("são € 𝄞 ", 20_000));

        Assert.Null(SourceEncoding.Detect(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x.csv"));
    }

    [Fact]
    public void Detect_Windows1252_IsWindows1252AndDecodesAccents()
    {
        var bytes = SourceEncoding.Windows1252.GetBytes(new string('a', 70_000) + "são paulo, ação, “aspas” €");

        var encoding = SourceEncoding.Detect(new MemoryStream(bytes), "x.csv");

        Assert.Same(SourceEncoding.Windows1252, encoding);
        Assert.EndsWith("são paulo, ação, “aspas” €", encoding!.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_Utf16WithByteOrderMark_IsLeftToTheReader()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("são paulo")).ToArray();

        Assert.Null(SourceEncoding.Detect(new MemoryStream(bytes), "x.csv"));
    }

    [Fact]
    public void Detect_BinaryBytes_IsRejectedNamingTheFileAndRule()
    {
        var bytes = Encoding.ASCII.GetBytes("a,b\n").Concat(new byte[] { 0xC3, 0x28, 0x00, 0x01 }).ToArray();

        var error = Assert.Throws<DatasetFormatException>(() => SourceEncoding.Detect(new MemoryStream(bytes), "bronze/x.csv"));

        Assert.Equal("encoding", error.Rule);
        Assert.StartsWith("bronze/x.csv: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transform_ExtraColumnWhereThePolicyAcceptsIt_LoadsTheRowsWithASchemaDriftWarning()
    {
        var dataset = OlistDatasets.Find("sellers")! with { AcceptsExtraColumns = true };
        var csv = "seller_id,seller_zip_code_prefix,seller_city,seller_state,seller_rating\n"
            + "3442f8959a84dea7ee197c632cb2df15,13023,campinas,SP,4.5\n";
        await using var output = new MemoryStream();
        await using var silver = new ParquetFileWriter(output, SilverSchemas.For(dataset));

        var counts = await new CsvToParquet(new Pseudonymizer("source-encoding-test-key-0123456789")).RunAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(csv)), "sellers.csv", dataset, silver, () => throw new InvalidOperationException("no row fails"), CancellationToken.None);

        Assert.Equal(1, counts.RowsWritten);
        var drift = counts.Findings.Single(f => f.Expectation == "schema_drift");
        Assert.Equal(FindingSeverity.Warning, drift.Severity);
        Assert.Equal("seller_rating", drift.Column);
    }

    [Fact]
    public async Task Transform_ExtraColumnByDefault_IsRejectedAsSchemaDrift()
    {
        var dataset = OlistDatasets.Find("sellers")!;
        var csv = "seller_id,seller_zip_code_prefix,seller_city,seller_state,seller_rating\n";
        await using var output = new MemoryStream();
        await using var silver = new ParquetFileWriter(output, SilverSchemas.For(dataset));

        var error = await Assert.ThrowsAsync<DatasetFormatException>(() => new CsvToParquet(new Pseudonymizer("source-encoding-test-key-0123456789")).RunAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(csv)), "sellers.csv", dataset, silver, () => throw new InvalidOperationException(), CancellationToken.None));

        Assert.Equal("schema_drift", error.Rule);
        Assert.Contains("'seller_rating'", error.Message, StringComparison.Ordinal);
    }
}
