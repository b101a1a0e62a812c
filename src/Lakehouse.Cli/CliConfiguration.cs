using Microsoft.Extensions.Configuration;

namespace Lakehouse.Cli;

/// <summary>
/// The CLI's configuration: <c>lakehouse.json</c> of the project folder (if the home is a project's), then the home's
/// own <c>lakehouse.json</c>, then environment variables (standard .NET names: <c>Lakehouse__Lake__Root</c>...). A
/// relative <c>Lakehouse:Lake:Root</c> is resolved against the home's folder, not the working directory.
/// </summary>
internal static class CliConfiguration
{
    public static IConfigurationRoot Build(CliHome home)
    {
        var builder = new ConfigurationBuilder();
        if (home.ProjectConfiguration is not null)
        {
            builder.AddJsonFile(home.ProjectConfiguration, optional: true);
        }

        return builder.AddJsonFile(home.Configuration, optional: true).AddEnvironmentVariables().Build();
    }

    /// <summary>Whether a warehouse is configured (else the home's private PostgreSQL is used).</summary>
    public static bool HasWarehouse(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Warehouse"));

    /// <summary>The filesystem lake's root: configured (relative to the home's folder) or the home's <c>lake/</c>.</summary>
    public static string LakeRoot(IConfiguration configuration, CliHome home) =>
        configuration["Lakehouse:Lake:Root"] is { Length: > 0 } root
            ? Path.GetFullPath(root, Path.GetDirectoryName(home.ProjectConfiguration) ?? home.Path)
            : home.Lake;
}
