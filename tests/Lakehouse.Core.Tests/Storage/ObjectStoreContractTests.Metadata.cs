using Lakehouse.Core.Storage;

namespace Lakehouse.Core.Tests.Storage;

/// <summary>User metadata: the same behaviour on every store.</summary>
public abstract partial class ObjectStoreContractTests
{
    private static readonly Dictionary<string, string> Sample = new()
    {
        ["lakehouse-source"] = "bcb-sgs",
        ["lakehouse-request-url"] = "https://api.bcb.gov.br/dados/serie/bcdata.sgs.433/dados?formato=json&dataInicial=01/01/2016&dataFinal=31/12/2025",
        ["lakehouse-fetched-at"] = "2026-06-20T09:00:00.0000000Z",
    };

    [Fact]
    public async Task PutAsync_WithMetadata_GetMetadataReturnsIt()
    {
        await Store.PutAsync(Bucket, "bcb/sgs-433/a.json", new MemoryStream("[]"u8.ToArray()), Sample, CancellationToken.None);

        var metadata = await Store.GetMetadataAsync(Bucket, "bcb/sgs-433/a.json", CancellationToken.None);

        Assert.Equal(Sample.OrderBy(p => p.Key), metadata!.OrderBy(p => p.Key));
        Assert.Equal(["bcb/sgs-433/a.json"], await ListKeysAsync(""));
    }

    [Fact]
    public async Task PutAsync_WithoutMetadataOverObjectWithMetadata_ClearsIt()
    {
        await Store.PutAsync(Bucket, "m.json", new MemoryStream("[]"u8.ToArray()), Sample, CancellationToken.None);

        await Store.PutAsync(Bucket, "m.json", new MemoryStream("[]"u8.ToArray()), CancellationToken.None);

        Assert.Empty((await Store.GetMetadataAsync(Bucket, "m.json", CancellationToken.None))!);
    }

    [Fact]
    public async Task GetMetadataAsync_MissingKey_ReturnsNull()
    {
        var metadata = await Store.GetMetadataAsync(Bucket, "missing/key.json", CancellationToken.None);

        Assert.Null(metadata);
    }

    [Fact]
    public async Task DeleteAsync_ObjectWithMetadata_RemovesBoth()
    {
        await Store.PutAsync(Bucket, "d/m.json", new MemoryStream([1]), Sample, CancellationToken.None);

        await Store.DeleteAsync(Bucket, "d/m.json", CancellationToken.None);
        await Store.PutAsync(Bucket, "d/m.json", new MemoryStream([1]), CancellationToken.None);

        Assert.Empty((await Store.GetMetadataAsync(Bucket, "d/m.json", CancellationToken.None))!);
    }

    [Theory]
    [InlineData("Upper", "x")]
    [InlineData("with space", "x")]
    [InlineData("name", "não ascii")]
    [InlineData("name", "line\nbreak")]
    public async Task PutAsync_InvalidMetadata_ThrowsArgumentExceptionAndStoresNothing(string name, string value)
    {
        var metadata = new Dictionary<string, string> { [name] = value };

        var put = () => Store.PutAsync(Bucket, "bad.json", new MemoryStream([1]), metadata, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(put);
        Assert.Null(await Store.HeadAsync(Bucket, "bad.json", CancellationToken.None));
    }

    [Fact]
    public async Task PutAsync_MetadataOver2KB_ThrowsArgumentException()
    {
        var metadata = new Dictionary<string, string> { ["big"] = new string('x', ObjectMetadata.MaxBytes) };

        var put = () => Store.PutAsync(Bucket, "big.json", new MemoryStream([1]), metadata, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(put);
    }
}
