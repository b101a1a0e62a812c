using Lakehouse.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lakehouse.Cli;

/// <summary>Where a report page in the gold bucket is, said the way the user can open it.</summary>
internal static class ReportLocations
{
    /// <summary>A file path for the file-system lake (a browser opens it directly), else <c>bucket/key</c>.</summary>
    public static string Of(CliHost host, string key)
    {
        ArgumentNullException.ThrowIfNull(host);
        var lake = host.Services.GetRequiredService<IOptions<LakeOptions>>().Value;
        return lake.Provider == LakeProvider.FileSystem ? Path.GetFullPath(Path.Combine(lake.Root, lake.GoldBucket, key)) : $"{lake.GoldBucket}/{key}";
    }
}
