using Lakehouse.Core.Storage;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Storage;

/// <summary>The contract against a real S3 server: s3rver by default, or the server of LAKEHOUSE_TEST_S3_URL.</summary>
public sealed class S3ObjectStoreTests : ObjectStoreContractTests
{
    protected override async Task<IObjectStore> CreateStoreAsync()
    {
        var server = await S3Server.GetAsync();
        return new S3ObjectStore(server.CreateLakeOptions());
    }

    [Fact]
    public async Task PutAsync_UnknownCredentials_ThrowsWithoutLeakingThem()
    {
        var server = await S3Server.GetAsync();
        var options = server.CreateLakeOptions();
        options.AccessKey = "UNKNOWN-ACCESS-KEY";
        options.SecretKey = "wrong-secret-1234";
        using var store = new S3ObjectStore(options);

        var put = () => store.PutAsync(Bucket, "x.txt", new MemoryStream([1]), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ObjectStoreException>(put);
        Assert.Contains(Bucket, error.Message, StringComparison.Ordinal);
        Assert.Contains("x.txt", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-1234", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("UNKNOWN-ACCESS-KEY", error.Message, StringComparison.Ordinal);
    }

    [RequiresS3rverFact]
    public async Task PutAsync_CompatibilityOffAgainstS3rver_StoresChunkFramingAsContent()
    {
        // Why LakeOptions.Compatibility exists: without it the SDK sends an aws-chunked body, which s3rver (like old
        // MinIO and some NAS appliances) does not decode. The upload "succeeds" and the object holds the framing.
        var server = await S3Server.GetAsync();
        var options = server.CreateLakeOptions();
        options.Compatibility = false;
        using var store = new S3ObjectStore(options);
        var bytes = "hello, chunked world"u8.ToArray();

        var info = await store.PutAsync(Bucket, "probe.txt", new MemoryStream(bytes), CancellationToken.None);
        var stored = System.Text.Encoding.ASCII.GetString(await ReadAllAsync("probe.txt"));

        Assert.NotEqual(bytes.Length, info.Size);
        Assert.Contains("chunk-signature=", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MissingServiceUrl_ThrowsNamingEnvironmentVariable()
    {
        var options = new LakeOptions { Provider = LakeProvider.S3, AccessKey = "a", SecretKey = "s" };

        var error = Assert.Throws<ArgumentException>(() => new S3ObjectStore(options));

        Assert.Contains("Lakehouse__Lake__ServiceUrl", error.Message, StringComparison.Ordinal);
    }
}
