using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Collection;

/// <summary>
/// Checks <see cref="CollectionOptions"/> at start-up: endpoints are absolute http(s) URLs, retry settings are in range,
/// every source has a known kind, a unique name and the settings its kind needs. Messages name the environment
/// variable to fix and never echo the API key.
/// </summary>
public sealed class CollectionOptionsValidator : IValidateOptions<CollectionOptions>
{
    private const string Prefix = "Lakehouse__Collection__";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CollectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckEndpoint(failures, options.Bcb, "Bcb");
        CheckEndpoint(failures, options.OpenMeteo, "OpenMeteo");
        if (string.IsNullOrWhiteSpace(options.OpenMeteo.Path) || !options.OpenMeteo.Path.StartsWith('/'))
        {
            failures.Add($"{Prefix}OpenMeteo__Path must start with '/', e.g. /v1/archive.");
        }

        if (options.Folder.QuietPeriodSeconds < 0)
        {
            failures.Add($"{Prefix}Folder__QuietPeriodSeconds must be 0 or more.");
        }

        if (options.LookbackDays is < 1 or > 3660)
        {
            failures.Add($"{Prefix}LookbackDays must be 1 to 3660.");
        }

        if (options.MaxParallelRequests is < 1 or > 32)
        {
            failures.Add($"{Prefix}MaxParallelRequests must be 1 to 32.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            var source = options.Sources[i];
            var at = $"{Prefix}Sources__{i}__";
            if (string.IsNullOrEmpty(source.Name) || !source.Name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                failures.Add($"{at}Name must be lowercase letters, digits or '-'.");
            }
            else if (!names.Add(source.Name))
            {
                failures.Add($"{at}Name '{source.Name}' is used by another source.");
            }

            SourceChecks.Check(failures, at, source, options.Folder);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckEndpoint(List<string> failures, HttpSourceOptions endpoint, string section)
    {
        var at = $"{Prefix}{section}__";
        if (!Uri.TryCreate(endpoint.BaseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || url.PathAndQuery.Length > 1)
        {
            failures.Add($"{at}BaseUrl must be an absolute http(s) URL without a path, e.g. https://host:port.");
        }

        if (endpoint.TimeoutSeconds is <= 0 or > 600)
        {
            failures.Add($"{at}TimeoutSeconds must be in (0, 600].");
        }

        if (endpoint.MaxAttempts is < 1 or > 10)
        {
            failures.Add($"{at}MaxAttempts must be 1 to 10.");
        }

        if (endpoint.RetryDelayMilliseconds < 0 || endpoint.MaxRetryDelaySeconds < 0)
        {
            failures.Add($"{at}RetryDelayMilliseconds and MaxRetryDelaySeconds must be 0 or more.");
        }
    }
}
