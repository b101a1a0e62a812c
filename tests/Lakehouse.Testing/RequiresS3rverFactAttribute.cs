using Xunit;

namespace Lakehouse.Testing;

/// <summary>A fact about s3rver itself, skipped when <c>LAKEHOUSE_TEST_S3_URL</c> points the tests at another server.</summary>
public sealed class RequiresS3rverFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when an external S3 server is configured.</summary>
    public RequiresS3rverFactAttribute()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(S3Server.UrlVariable)))
        {
            Skip = $"checks s3rver behaviour; {S3Server.UrlVariable} selects another server";
        }
    }
}
