using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>What <c>lakehouse reset</c> deletes in a home, what it keeps and why.</summary>
internal sealed class ResetPlan
{
    private readonly List<(string What, string Path)> _delete = [];
    private readonly List<string> _keep = [];

    /// <summary>The plan for <paramref name="home"/> under <paramref name="configuration"/>.</summary>
    public static ResetPlan For(CliHome home, IConfiguration configuration, bool includeKey)
    {
        var plan = new ResetPlan();
        var lake = CliConfiguration.LakeRoot(configuration, home);
        if (string.Equals(configuration["Lakehouse:Lake:Provider"], "s3", StringComparison.OrdinalIgnoreCase))
        {
            plan._keep.Add("the configured S3 lake (not in the home: not touched)");
        }
        else if (!IsInside(lake, home.Path))
        {
            plan._keep.Add($"the configured lake {lake} (not in the home: not touched)");
        }

        plan._delete.Add(("the lake", home.Lake));
        plan._delete.Add(("the private warehouse (PostgreSQL)", home.Postgres));
        if (CliConfiguration.HasWarehouse(configuration))
        {
            plan._keep.Add("the configured warehouse (ConnectionStrings__Warehouse: not touched)");
        }

        plan._delete.Add(("the run state", home.Runs));
        plan._delete.Add(("the demo files", home.Combine("demo")));
        plan._delete.Add(("the sample files", home.Combine("sample")));
        if (includeKey)
        {
            plan._delete.Add(("the masking key (new pseudonyms will not match the old ones)", home.MaskingKey));
        }
        else
        {
            plan._keep.Add($"the masking key {home.MaskingKey} (pass --include-key to delete it too)");
        }

        return plan;
    }

    /// <summary>Lists what will be deleted and kept.</summary>
    public void Describe(IAnsiConsole console)
    {
        foreach (var (what, path) in _delete.Where(d => Exists(d.Path)))
        {
            console.MarkupLineInterpolated($"will delete {what}: {path}");
        }

        foreach (var kept in _keep)
        {
            console.MarkupLineInterpolated($"will keep {kept}");
        }
    }

    /// <summary>Deletes, saying what.</summary>
    public void Execute(IAnsiConsole console)
    {
        foreach (var (what, path) in _delete.Where(d => Exists(d.Path)))
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }

            console.MarkupLineInterpolated($"deleted {what}: {path}");
        }

        foreach (var kept in _keep)
        {
            console.MarkupLineInterpolated($"kept {kept}");
        }
    }

    private static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);

    private static bool IsInside(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
