using System.Security.Cryptography;
using System.Text;
using Lakehouse.Core.Collection;
using Lakehouse.Core.Storage;
using Lakehouse.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lakehouse.Core.Tests.Collection;

/// <summary>Collected content reaches bronze without ever replacing what is stored.</summary>
public sealed class CollectionWriterTests : IDisposable
{
    private const string Key = "bcb/sgs-433/2025-01-01_2025-12-31.json";
    private readonly TempDirectory _lake = new("collection-writer");

    [Fact]
    public async Task StoreAsync_RevisedContentUnderATakenKey_GoesBesideTheOriginalWhichStaysAsItWas()
    {
        var store = new FileSystemObjectStore(_lake.Path);
        var lake = new LakeOptions { Root = _lake.Path };
        var writer = new CollectionWriter(store, Microsoft.Extensions.Options.Options.Create(lake), NullLogger<CollectionWriter>.Instance);
        var first = Encoding.UTF8.GetBytes("""[{"data":"01/01/2025","valor":"0.16"}]""");
        var revised = Encoding.UTF8.GetBytes("""[{"data":"01/01/2025","valor":"0.17"}]""");

        var stored = await StoreAsync(writer, first);
        var beside = await StoreAsync(writer, revised);
        var again = await StoreAsync(writer, revised);
        var original = await StoreAsync(writer, first);

        Assert.True(stored.IsNew);
        Assert.Equal(Key, stored.Key);
        Assert.True(beside.IsNew);
        Assert.Equal(BronzeUpload.ContentKey(Key, Sha256(revised)), beside.Key);
        Assert.EndsWith("/2025-01-01_2025-12-31.json", beside.Key, StringComparison.Ordinal);
        Assert.Equal((false, beside.Key), (again.IsNew, again.Key));
        Assert.Equal((false, Key), (original.IsNew, original.Key));
        Assert.Equal(first, await ReadAsync(store, lake, Key));
        Assert.Equal(revised, await ReadAsync(store, lake, beside.Key));
    }

    public void Dispose() => _lake.Dispose();

    private static Task<StoredObject> StoreAsync(CollectionWriter writer, byte[] content) =>
        writer.StoreAsync(Key, () => new MemoryStream(content, writable: false), Sha256(content), Md5(content), new Dictionary<string, string>(), CancellationToken.None);

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

#pragma warning disable CA5351 // the S3 single-part ETag algorithm
    private static string Md5(byte[] content) => Convert.ToHexStringLower(MD5.HashData(content));
#pragma warning restore CA5351

    private static async Task<byte[]> ReadAsync(FileSystemObjectStore store, LakeOptions lake, string key)
    {
        await using var stream = await store.OpenReadAsync(lake.BronzeBucket, key, CancellationToken.None);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
