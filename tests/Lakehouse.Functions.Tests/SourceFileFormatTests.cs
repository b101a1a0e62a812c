using System.Text;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Transform;
using Lakehouse.Core.Validation;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// Files as offices export them, through the whole pipeline: a day without rows, a spreadsheet's Windows-1252, a new
/// column, a binary file under a CSV name. Each ends loaded with a warning or rejected naming file and rule; the other
/// files of the run load either way.
/// </summary>
public class SourceFileFormatTests
{
    private const double Scale = 0.001; // every Olist file, a few hundred rows in all

    [Fact]
    public async Task Ingest_HeaderOnlyFile_IsLoadedWithZeroRowsAndAWarning()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "header_only");
        using var folder = new TempDirectory();
        var files = OlistGenerator.Write(folder.Path, Scale).Paths;
        var payments = files.Single(f => f.Contains("payments", StringComparison.Ordinal));
        File.WriteAllLines(payments, File.ReadAllLines(payments)[..1]);

        var result = await harness.IngestAsync(await harness.UploadAsync([.. files]));

        var header = result.Objects.Single(o => o.Dataset == "order_payments");
        Assert.Equal(ObjectStatus.Loaded, header.Status);
        Assert.Equal(0, header.RowsRead);
        var warning = header.Findings.Single(f => f.Expectation == "row_count_min");
        Assert.Equal(FindingSeverity.Warning, warning.Severity);
        Assert.Contains("header only", warning.Message, StringComparison.Ordinal);
        Assert.All(result.Objects, o => Assert.Equal(ObjectStatus.Loaded, o.Status));
        Assert.Equal(0, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_payment"));
    }

    [Fact]
    public async Task Ingest_Windows1252File_IsTranscodedWithAFindingAndNoReplacementCharacterReachesGold()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "latin1");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 20);
        var customers = files.Single(f => f.Contains("customers", StringComparison.Ordinal));
        var lines = File.ReadAllLines(customers);
        var withAccents = lines.Select((l, i) => i == 0 ? l : ReplaceField(l, 3, "são joão del-rei")).ToArray();
        File.WriteAllText(customers, string.Join("\r\n", withAccents) + "\r\n", SourceEncoding.Windows1252);

        var result = await harness.IngestAsync(await harness.UploadAsync([.. files]));

        var loaded = result.Objects.Single(o => o.Dataset == "customers");
        Assert.Equal(ObjectStatus.Loaded, loaded.Status);
        var finding = loaded.Findings.Single(f => f.Expectation == "encoding");
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("Windows-1252", finding.Message, StringComparison.Ordinal);
        Assert.Equal(lines.Length - 1, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.dim_customer WHERE city = 'são joão del-rei'"));
        Assert.Equal(0, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.dim_customer WHERE strpos(city, chr(65533)) > 0"));
    }

    [Fact]
    public async Task Ingest_FileWithAnExtraColumn_IsRejectedAsSchemaDriftNamingTheColumnWhileOthersLoad()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "drift");
        using var folder = new TempDirectory();
        var files = OlistGenerator.Write(folder.Path, Scale).Paths;
        var sellers = files.Single(f => f.Contains("sellers", StringComparison.Ordinal));
        File.WriteAllLines(sellers, File.ReadAllLines(sellers).Select((l, i) => l + (i == 0 ? ",seller_phone" : ",11 99999-0000")));

        var result = await harness.IngestAsync(await harness.UploadAsync([.. files]));

        var drifted = result.Objects.Single(o => o.Dataset == "sellers");
        Assert.Equal(ObjectStatus.Rejected, drifted.Status);
        Assert.Contains("olist_sellers_dataset.csv", drifted.Error, StringComparison.Ordinal);
        Assert.Contains("'seller_phone'", drifted.Error, StringComparison.Ordinal);
        Assert.Contains("schema_drift", drifted.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("99999", drifted.Error, StringComparison.Ordinal);
        Assert.All(result.Objects.Where(o => o != drifted), o => Assert.Equal(ObjectStatus.Loaded, o.Status));
        Assert.Equal(0, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.dim_seller WHERE NOT is_inferred AND seller_key > 0"));
    }

    [Fact]
    public async Task Ingest_BinaryBytesUnderACsvName_AreRejectedNamingFileAndRule()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "binary");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 20);
        var customers = files.Single(f => f.Contains("customers", StringComparison.Ordinal));
        var bytes = Encoding.UTF8.GetBytes("customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state\n").Concat(Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))).ToArray();
        await File.WriteAllBytesAsync(customers, bytes);

        var result = await harness.IngestAsync(await harness.UploadAsync([.. files]));

        var binary = result.Objects.Single(o => o.Dataset == "customers");
        Assert.Equal(ObjectStatus.Rejected, binary.Status);
        Assert.Contains("olist_customers_dataset.csv", binary.Error, StringComparison.Ordinal);
        Assert.Contains("rule: encoding", binary.Error, StringComparison.Ordinal);
        Assert.All(result.Objects.Where(o => o != binary), o => Assert.Equal(ObjectStatus.Loaded, o.Status));
    }

    private static string ReplaceField(string line, int index, string value) =>
        string.Join(',', line.Split(',').Select((f, i) => i == index ? value : f));
}
