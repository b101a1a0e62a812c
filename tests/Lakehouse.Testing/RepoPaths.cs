namespace Lakehouse.Testing;

/// <summary>Well-known folders of the repository checkout the tests run from.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the test binaries holding <c>Functions.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary><c>{root}/tools</c>: node tools (s3rver, DuckDB) installed by <c>scripts/setup.sh</c>.</summary>
    public static string Tools => Path.Combine(Root, "tools");

    /// <summary><c>{root}/../shared/data</c>: real data sets kept outside the repository; may be absent.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary><c>{root}/../shared/data/ocr</c>: real scanned pages with ground truth; may be absent.</summary>
    public static string OcrData => Path.Combine(SharedData, "ocr");

    /// <summary>Path of <c>../shared/data/olist/{name}.csv.gz</c> (e.g. <c>olist_orders_dataset</c>), or <see langword="null"/> when absent.</summary>
    public static string? OlistFile(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var path = Path.Combine(SharedData, "olist", $"{name}.csv.gz");
        return File.Exists(path) ? path : null;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Functions.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Functions.sln above {AppContext.BaseDirectory}: run the tests from a repository checkout.");
    }
}
