using System.Security.Cryptography;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Collection;
using Lakehouse.Core.Datasets;
using Lakehouse.Functions.Orchestrations;
using Lakehouse.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Functions.Tests.Collection;

/// <summary>The watched folder through CollectOrchestration: what lands in bronze and what is processed, pass after pass.</summary>
public sealed class FolderCollectTests
{
    [Fact]
    public async Task Collect_FolderDrop_StoresExactlyTheNewContentAndProcessesItOnce()
    {
        using var server = new ReplayServer();
        using var sample = new TempDirectory("folder-sample");
        using var share = new TempDirectory("folder-share");
        var files = OlistSampleGenerator.Write(sample.Path, 40);
        var (customers, orders) = (files[0], files[1]);
        await using var harness = await CollectHarness.CreateAsync(server, "collect_folder", share.Path, quietSeconds: 30);
        var longAgo = DateTime.UtcNow.AddHours(-1);
        Drop(customers, share.Combine("olist_customers_dataset.csv"), longAgo);
        Drop(orders, share.Combine("olist_orders_dataset.csv"), DateTime.UtcNow); // still being written

        var first = await harness.CollectAsync(new CollectInput(Source: "folder"));
        var afterFirst = await BronzeDataAsync(harness);
        Drop(customers, share.Combine("olist_customers_dataset (copy).csv"), longAgo); // a renamed copy of a collected file
        File.SetLastWriteTimeUtc(share.Combine("olist_orders_dataset.csv"), longAgo); // finished
        var before = Snapshot(share.Path);
        var second = await harness.CollectAsync(new CollectInput(Source: "folder"));
        var third = await harness.CollectAsync(new CollectInput(Source: "folder"));

        Assert.Equal((1, 1), (first.Stored, first.Waiting));
        Assert.Equal(ObjectStatus.Loaded, Assert.Single(first.Ingest!.Objects).Status);
        Assert.Equal(["olist/customers/"], afterFirst.Select(k => k[..k.IndexOf("ingest_date", StringComparison.Ordinal)]));
        Assert.Equal((1, 0), (second.Stored, second.Waiting));
        var loaded = Assert.Single(second.Ingest!.Objects);
        Assert.Equal((ObjectStatus.Loaded, "orders"), (loaded.Status, loaded.Dataset));
        Assert.Equal(0, third.Stored);
        Assert.Null(third.Ingest);
        var bronze = await BronzeDataAsync(harness);
        Assert.Equal(2, bronze.Count);
        Assert.Equal([Sha256(customers), Sha256(orders)], await Task.WhenAll(bronze.Select(k => BronzeSha256Async(harness, k))));
        Assert.Equal(2, await harness.ScalarAsync<int>("SELECT count(*) FROM lakehouse.objects"));
        Assert.Equal(2, await harness.ScalarAsync<int>("SELECT count(*) FROM lakehouse.objects WHERE status = 'loaded'"));
        Assert.Equal(File.ReadAllLines(customers).Length - 1, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.dim_customer WHERE customer_key <> -1"));
        Assert.Equal(File.ReadAllLines(orders).Length - 1, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order"));
        Assert.Equal(before, Snapshot(share.Path)); // the source folder is never modified
        Assert.NotEmpty(await harness.Store.ListAsync(harness.Lake.BronzeBucket, BronzeKeys.InternalPrefix, CancellationToken.None).ToListAsync());
        Assert.Empty(await harness.Services.GetRequiredService<BronzeSweep>().FindUnseenAsync("", CancellationToken.None)); // _collect/ state is not data
    }

    private static void Drop(string from, string to, DateTime modifiedUtc)
    {
        File.Copy(from, to, overwrite: true);
        File.SetLastWriteTimeUtc(to, modifiedUtc);
    }

    private static async Task<List<string>> BronzeDataAsync(PipelineHarness harness) =>
        await harness.Store.ListAsync(harness.Lake.BronzeBucket, "", CancellationToken.None)
            .Where(o => !o.Key.StartsWith(BronzeKeys.InternalPrefix, StringComparison.Ordinal))
            .Select(o => o.Key).OrderBy(k => k, StringComparer.Ordinal).ToListAsync();

    private static async Task<string> BronzeSha256Async(PipelineHarness harness, string key)
    {
        await using var stream = await harness.Store.OpenReadAsync(harness.Lake.BronzeBucket, key, CancellationToken.None);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static List<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(f => $"{Path.GetFileName(f)} {File.GetLastWriteTimeUtc(f):O} {Sha256(f)}")];
}
