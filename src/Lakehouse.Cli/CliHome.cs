namespace Lakehouse.Cli;

/// <summary>
/// The one folder that holds a lakehouse's local state: the filesystem lake (<c>lake/</c>), the private PostgreSQL
/// cluster (<c>pg/</c>), the masking key (<c>masking.key</c>), the CLI's run and lock files (<c>runs/</c>, <c>locks/</c>)
/// and, optionally, its configuration (<c>lakehouse.json</c>). Found, in this order, from <c>LAKEHOUSE_HOME</c>; the
/// nearest folder at or above the working directory holding <c>.lakehouse/</c> or <c>lakehouse.json</c> (the home is
/// then its <c>.lakehouse/</c>, and that folder's <c>lakehouse.json</c> is read too); else the per-user default
/// <c>$XDG_DATA_HOME/lakehouse</c> (<c>~/.local/share/lakehouse</c>). So every folder of a project, and every folder
/// outside one, reaches the same warehouse and the same key.
/// </summary>
public sealed class CliHome
{
    /// <summary>Environment variable naming the home folder.</summary>
    public const string EnvironmentVariable = "LAKEHOUSE_HOME";

    /// <summary>Folder name of a project's home.</summary>
    public const string ProjectFolder = ".lakehouse";

    /// <summary>Configuration file name, in the home or the project folder above it.</summary>
    public const string ConfigurationFile = "lakehouse.json";

    private CliHome(string path, string? projectFolder, string origin)
    {
        Path = path;
        ProjectConfiguration = projectFolder is null ? null : System.IO.Path.Combine(projectFolder, ConfigurationFile);
        Origin = origin;
    }

    /// <summary>Absolute path of the home folder (it may not exist yet: see <see cref="EnsureCreated"/>).</summary>
    public string Path { get; }

    /// <summary>How the home was found, for messages: "LAKEHOUSE_HOME", "found from /work/x", "per-user default".</summary>
    public string Origin { get; }

    /// <summary><c>lakehouse.json</c> of the project folder holding the home, read before the home's own; null outside a project.</summary>
    public string? ProjectConfiguration { get; }

    /// <summary><c>lakehouse.json</c> in the home.</summary>
    public string Configuration => Combine(ConfigurationFile);

    /// <summary>The filesystem lake's default root.</summary>
    public string Lake => Combine("lake");

    /// <summary>Data directory of the private PostgreSQL cluster.</summary>
    public string Postgres => Combine("pg");

    /// <summary>The generated masking key (mode 600).</summary>
    public string MaskingKey => Combine("masking.key");

    /// <summary>Lock files of the runs this home's CLI processes are running (<see cref="RunOwnership"/>).</summary>
    public string Runs => Combine("runs");

    /// <summary>Lock files coordinating the CLI processes of this home (<see cref="HomeSession"/>).</summary>
    public string Locks => Combine("locks");

    /// <summary>Path of <paramref name="relative"/> inside the home.</summary>
    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Finds the home for <paramref name="workingDirectory"/>; <paramref name="environment"/> reads variables (tests pass their own).</summary>
    public static CliHome Find(string workingDirectory, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (environment(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return new CliHome(System.IO.Path.GetFullPath(configured, workingDirectory), null, EnvironmentVariable);
        }

        for (var folder = new DirectoryInfo(System.IO.Path.GetFullPath(workingDirectory)); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(System.IO.Path.Combine(folder.FullName, ProjectFolder)) || File.Exists(System.IO.Path.Combine(folder.FullName, ConfigurationFile)))
            {
                return new CliHome(System.IO.Path.Combine(folder.FullName, ProjectFolder), folder.FullName, $"found from {workingDirectory}");
            }
        }

        var data = environment("XDG_DATA_HOME") is { Length: > 0 } xdg && System.IO.Path.IsPathRooted(xdg)
            ? xdg
            : System.IO.Path.Combine(environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return new CliHome(System.IO.Path.Combine(data, "lakehouse"), null, "per-user default");
    }

    /// <summary>Creates the home folder when missing; returns true when it was created now (its first use).</summary>
    public bool EnsureCreated()
    {
        if (Directory.Exists(Path))
        {
            return false;
        }

        Directory.CreateDirectory(Path);
        return true;
    }
}
