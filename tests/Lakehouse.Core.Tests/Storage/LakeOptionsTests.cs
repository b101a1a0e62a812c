using Lakehouse.Core.Storage;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Tests.Storage;

public sealed class LakeOptionsTests
{
    private readonly LakeOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var options = new LakeOptions();

        var result = _validator.Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal((LakeProvider.FileSystem, "lake-bronze", "lake-silver", "lake-gold"), (options.Provider, options.BronzeBucket, options.SilverBucket, options.GoldBucket));
    }

    [Fact]
    public void Validate_S3WithoutServiceUrl_FailsNamingEnvironmentVariable()
    {
        var options = new LakeOptions { Provider = LakeProvider.S3, AccessKey = "minio", SecretKey = "minio-secret" };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(["Lakehouse__Lake__ServiceUrl is required when Lakehouse__Lake__Provider=s3."], result.Failures);
    }

    [Fact]
    public void Validate_S3WithNothingSet_NamesEveryMissingVariable()
    {
        var options = new LakeOptions { Provider = LakeProvider.S3 };

        var result = _validator.Validate(null, options);

        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains("Lakehouse__Lake__AccessKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Lakehouse__Lake__SecretKey", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_S3WithRelativeUrl_FailsWithoutEchoingIt()
    {
        var options = new LakeOptions { Provider = LakeProvider.S3, ServiceUrl = "minio:9000", AccessKey = "a", SecretKey = "s" };

        var result = _validator.Validate(null, options);

        Assert.Contains("Lakehouse__Lake__ServiceUrl must be an absolute URL", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithCredentials_RedactsThem()
    {
        var options = new LakeOptions { Provider = LakeProvider.S3, ServiceUrl = "http://minio:9000", AccessKey = "AKIAEXAMPLE", SecretKey = "super-secret-value" };

        var text = options.ToString();

        Assert.DoesNotContain("AKIAEXAMPLE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("super-secret-value", text, StringComparison.Ordinal);
        Assert.Contains("SecretKey = ***", text, StringComparison.Ordinal);
        Assert.Contains("http://minio:9000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FileSystemProvider_ReturnsFileSystemStoreOverRoot()
    {
        var options = new LakeOptions { Root = "some/lake" };

        var store = ObjectStoreFactory.Create(options);

        var fileSystem = Assert.IsType<FileSystemObjectStore>(store);
        Assert.Equal(Path.GetFullPath("some/lake"), fileSystem.Root);
    }

    [Fact]
    public void Create_S3Provider_ReturnsS3Store()
    {
        var options = new LakeOptions { Provider = LakeProvider.S3, ServiceUrl = "http://127.0.0.1:9", AccessKey = "a", SecretKey = "s" };

        var store = ObjectStoreFactory.Create(options);

        Assert.IsType<S3ObjectStore>(store);
        ((IDisposable)store).Dispose();
    }

    [Fact]
    public void Create_IncompleteS3_ThrowsOptionsValidationException()
    {
        var options = new LakeOptions { Provider = LakeProvider.S3, SecretKey = "s3cr3t-value" };

        var error = Assert.Throws<OptionsValidationException>(() => ObjectStoreFactory.Create(options));

        Assert.Contains("Lakehouse__Lake__ServiceUrl is required", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", error.Message, StringComparison.Ordinal);
    }
}
