using Lakehouse.Core.Storage;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Storage;

public sealed class FileSystemObjectStoreTests : ObjectStoreContractTests, IDisposable
{
    private readonly TempDirectory _root = new("lake");

    public void Dispose() => _root.Dispose();

    protected override Task<IObjectStore> CreateStoreAsync() => Task.FromResult<IObjectStore>(new FileSystemObjectStore(_root.Path));

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("a/../../outside.txt")]
    [InlineData("a/./b.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.txt")]
    [InlineData("a\\..\\..\\b.txt")]
    [InlineData("a/")]
    public async Task PutAsync_KeyEscapingOrMalformed_ThrowsArgumentException(string key)
    {
        var put = () => Store.PutAsync(Bucket, key, new MemoryStream([1]), CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(put);
        Assert.False(File.Exists(Path.Combine(_root.Path, "outside.txt")));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("UPPER")]
    public async Task EnsureBucketAsync_InvalidName_ThrowsArgumentException(string bucket)
    {
        var ensure = () => Store.EnsureBucketAsync(bucket, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(ensure);
    }

    [Fact]
    public async Task PutAsync_NestedKey_MapsToSubFoldersAndLeavesNoTempFiles()
    {
        await Store.PutAsync(Bucket, "olist/orders/x.csv", new MemoryStream([1, 2]), CancellationToken.None);

        var path = Path.Combine(_root.Path, Bucket, "olist", "orders", "x.csv");

        Assert.True(File.Exists(path));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root.Path, ".tmp")));
    }

    [Fact]
    public async Task DeleteAsync_LastKeyInFolder_RemovesEmptyFolders()
    {
        await Store.PutAsync(Bucket, "a/b/c.txt", new MemoryStream([1]), CancellationToken.None);

        await Store.DeleteAsync(Bucket, "a/b/c.txt", CancellationToken.None);

        Assert.False(Directory.Exists(Path.Combine(_root.Path, Bucket, "a")));
        Assert.True(Directory.Exists(Path.Combine(_root.Path, Bucket)));
    }

    [Fact]
    public async Task HeadAsync_FileChangedOutsideStore_ReportsNewETag()
    {
        var first = await Store.PutAsync(Bucket, "x.txt", new MemoryStream([1]), CancellationToken.None);
        var path = Path.Combine(_root.Path, Bucket, "x.txt");
        await File.WriteAllBytesAsync(path, [1, 2, 3]);

        var head = await Store.HeadAsync(Bucket, "x.txt", CancellationToken.None);

        Assert.NotEqual(first.ETag, head!.ETag);
        Assert.Equal(3, head.Size);
    }

    [Fact]
    public async Task GetMetadataAsync_FileReplacedOutsideStore_ReturnsEmpty()
    {
        var metadata = new Dictionary<string, string> { ["lakehouse-source"] = "folder" };
        await Store.PutAsync(Bucket, "x.json", new MemoryStream([1]), metadata, CancellationToken.None);
        await File.WriteAllBytesAsync(Path.Combine(_root.Path, Bucket, "x.json"), [1, 2]);

        var read = await Store.GetMetadataAsync(Bucket, "x.json", CancellationToken.None);

        Assert.Empty(read!);
    }

    [Fact]
    public async Task PutAsync_WithMetadata_KeepsSidecarOutsideBucketAndRemovesItOnDelete()
    {
        var metadata = new Dictionary<string, string> { ["lakehouse-source"] = "folder" };
        await Store.PutAsync(Bucket, "a/b.json", new MemoryStream([1]), metadata, CancellationToken.None);

        await Store.DeleteAsync(Bucket, "a/b.json", CancellationToken.None);

        Assert.False(Directory.Exists(Path.Combine(_root.Path, ".meta", Bucket, "a")));
        Assert.False(Directory.Exists(Path.Combine(_root.Path, Bucket, "a")));
    }

    /// <summary>The filesystem store links the new name atomically (the s3rver used in tests may ignore If-None-Match).</summary>
    [Fact]
    public async Task PutFileIfAbsentAsync_TwoWritersRaceForOneKey_ExactlyOneWins()
    {
        using var temp = new TempDirectory("files");
        var files = Enumerable.Range(0, 4).Select(i => temp.Combine($"f{i}.csv")).ToArray();
        for (var i = 0; i < files.Length; i++)
        {
            await File.WriteAllTextAsync(files[i], $"writer,{i}\n");
        }

        var results = await Task.WhenAll(files.Select(f => Store.PutFileIfAbsentAsync(Bucket, "race.csv", f, CancellationToken.None)));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner, await Store.HeadAsync(Bucket, "race.csv", CancellationToken.None));
    }
}
