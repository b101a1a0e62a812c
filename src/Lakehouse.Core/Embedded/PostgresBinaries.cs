namespace Lakehouse.Core.Embedded;

/// <summary>Locates a folder holding <c>initdb</c>, <c>pg_ctl</c> and <c>postgres</c>.</summary>
internal static class PostgresBinaries
{
    public const string EnvironmentVariable = "LAKEHOUSE_PG_BIN";

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasTools(configured) ? Path.GetFullPath(configured) : null;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasTools);
        if (onPath is not null)
        {
            return Path.GetFullPath(onPath);
        }

        // Debian/Ubuntu keep the server binaries off PATH, one folder per major version.
        const string debian = "/usr/lib/postgresql";
        if (!Directory.Exists(debian))
        {
            return null;
        }

        return Directory.EnumerateDirectories(debian)
            .Select(folder => (Folder: folder, Version: int.TryParse(Path.GetFileName(folder), out var major) ? major : -1))
            .Where(candidate => candidate.Version >= 0 && HasTools(Path.Combine(candidate.Folder, "bin")))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => Path.Combine(candidate.Folder, "bin"))
            .FirstOrDefault();
    }

    private static bool HasTools(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")) && File.Exists(Path.Combine(folder, "postgres"));
}
