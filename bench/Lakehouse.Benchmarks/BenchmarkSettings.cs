using System.Globalization;

namespace Lakehouse.Benchmarks;

/// <summary>Options of <c>run</c>: rows (default 1,500,000), runs per measurement (default 3, at least 3), folders.</summary>
internal sealed record BenchmarkSettings(int Rows, int Runs, string WorkFolder, string RepoRoot, string? ReportPath)
{
    public static BenchmarkSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        var root = values.GetValueOrDefault("--repo") ?? FindRepoRoot();
        return new BenchmarkSettings(
            int.Parse(values.GetValueOrDefault("--rows", "1500000"), CultureInfo.InvariantCulture),
            Math.Max(3, int.Parse(values.GetValueOrDefault("--runs", "3"), CultureInfo.InvariantCulture)),
            values.GetValueOrDefault("--work") ?? Path.Combine(root, ".lakehouse", "bench"),
            root,
            values.GetValueOrDefault("--report"));
    }

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Functions.sln")))
            {
                return folder.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
