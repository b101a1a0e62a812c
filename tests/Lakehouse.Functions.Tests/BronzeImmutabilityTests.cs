using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// Issue 14, point 1: a file ingested under the name of a loaded one the same day — empty, header-only — never replaces
/// the loaded bronze object, its silver file or its validation report, on either store.
/// </summary>
public sealed class BronzeImmutabilityTests
{
    [Theory]
    [InlineData(LakeProvider.FileSystem)]
    [InlineData(LakeProvider.S3)]
    public async Task Ingest_EmptyAndHeaderOnlyFilesUnderLoadedNames_LeaveTheLoadedObjectsAndTheirOutputsAlone(LakeProvider provider)
    {
        using var folder = new TempDirectory("immutable");
        var sample = OlistGenerator.Write(folder.Combine("good"), 0.005);
        var orders = sample.Paths.Single(p => Path.GetFileName(p).StartsWith("olist_orders", StringComparison.Ordinal));
        var sellers = sample.Paths.Single(p => Path.GetFileName(p).StartsWith("olist_sellers", StringComparison.Ordinal));
        var bad = Directory.CreateDirectory(folder.Combine("bad")).FullName;
        var emptyOrders = Path.Combine(bad, Path.GetFileName(orders));
        var headerOnlySellers = Path.Combine(bad, Path.GetFileName(sellers));
        await File.WriteAllTextAsync(emptyOrders, "");
        await File.WriteAllLinesAsync(headerOnlySellers, [File.ReadLines(sellers).First()]);
        await using var harness = await PipelineHarness.CreateAsync(provider, "immutable");
        var good = await harness.IngestAsync(await harness.UploadAsync(orders, sellers));
        PipelineHarness.AssertAllLoaded(good);
        var before = await SnapshotAsync(harness, good);

        var refs = await harness.UploadAsync(emptyOrders, headerOnlySellers);
        var second = await harness.IngestAsync(refs);

        Assert.Equal(before, await SnapshotAsync(harness, good));
        Assert.All(refs, r => Assert.DoesNotContain(r.Key, good.Objects.Select(o => o.Key)));
        Assert.All(refs, r => Assert.Contains("/ingest_date=2026-11-22/", r.Key, StringComparison.Ordinal));
        var catalog = harness.Services.GetRequiredService<LakeCatalog>();
        foreach (var loaded in good.Objects)
        {
            Assert.Equal(ObjectStatus.Loaded, (await catalog.GetAsync(loaded.ObjectId!.Value, default)).Status);
        }

        Assert.Equal(ObjectStatus.Rejected, second.Objects.Single(o => o.Dataset == "orders").Status);
    }

    /// <summary>Size and ETag of each loaded object's bronze object, silver file and validation report.</summary>
    private static async Task<List<string>> SnapshotAsync(PipelineHarness harness, IngestResult run)
    {
        var catalog = harness.Services.GetRequiredService<LakeCatalog>();
        var snapshot = new List<string>();
        foreach (var item in run.Objects)
        {
            var entry = await catalog.GetAsync(item.ObjectId!.Value, default);
            foreach (var (bucket, key) in new[] { (harness.Lake.BronzeBucket, entry.Key), (harness.Lake.SilverBucket, entry.SilverKey!), (harness.Lake.SilverBucket, Core.Transform.SilverKeys.ValidationReport(entry.SilverKey!)) })
            {
                var info = await harness.Store.HeadAsync(bucket, key, default);
                snapshot.Add($"{bucket}/{key}: {info?.Size} {info?.ETag}");
            }
        }

        return snapshot;
    }
}
