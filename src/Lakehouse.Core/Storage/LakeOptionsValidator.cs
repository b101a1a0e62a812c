using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Storage;

/// <summary>
/// Checks <see cref="LakeOptions"/> at start-up: the S3 provider needs an endpoint and credentials, bucket names and
/// the filesystem root must not be empty. Messages name the environment variable to set and never echo secrets.
/// </summary>
public sealed class LakeOptionsValidator : IValidateOptions<LakeOptions>
{
    private const string Prefix = "Lakehouse__Lake__";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Provider == LakeProvider.S3)
        {
            RequireForS3(failures, options.ServiceUrl, nameof(LakeOptions.ServiceUrl));
            RequireForS3(failures, options.AccessKey, nameof(LakeOptions.AccessKey));
            RequireForS3(failures, options.SecretKey, nameof(LakeOptions.SecretKey));
            if (!string.IsNullOrWhiteSpace(options.ServiceUrl)
                && !(Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
            {
                failures.Add($"{Prefix}ServiceUrl must be an absolute URL such as http://minio:9000.");
            }

            Require(failures, options.Region, nameof(LakeOptions.Region));
        }
        else if (options.Provider == LakeProvider.FileSystem)
        {
            Require(failures, options.Root, nameof(LakeOptions.Root));
        }
        else
        {
            failures.Add($"{Prefix}Provider must be 'filesystem' or 's3'.");
        }

        Require(failures, options.BronzeBucket, nameof(LakeOptions.BronzeBucket));
        Require(failures, options.SilverBucket, nameof(LakeOptions.SilverBucket));
        Require(failures, options.GoldBucket, nameof(LakeOptions.GoldBucket));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireForS3(List<string> failures, string? value, string property)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{Prefix}{property} is required when {Prefix}Provider=s3.");
        }
    }

    private static void Require(List<string> failures, string? value, string property)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{Prefix}{property} must not be empty.");
        }
    }
}
