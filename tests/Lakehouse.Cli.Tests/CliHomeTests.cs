using Lakehouse.Testing;

namespace Lakehouse.Cli.Tests;

/// <summary>One home per lakehouse: every folder of a project, and every folder outside one, reaches the same state and key.</summary>
public sealed class CliHomeTests : IDisposable
{
    private readonly TempDirectory _folder = new("cli-home");

    [Fact]
    public void Find_LakehouseHomeSet_UsesIt()
    {
        var home = CliHome.Find(_folder.Path, Env(("LAKEHOUSE_HOME", "/srv/lake")));

        Assert.Equal("/srv/lake", home.Path);
        Assert.Equal("/srv/lake/masking.key", home.MaskingKey);
    }

    [Fact]
    public void Find_ProjectWithDotLakehouseAbove_UsesItFromAnySubfolder()
    {
        Directory.CreateDirectory(_folder.Combine("project/.lakehouse"));
        var deep = Directory.CreateDirectory(_folder.Combine("project/data/2026")).FullName;

        var home = CliHome.Find(deep, Env());

        Assert.Equal(_folder.Combine("project/.lakehouse"), home.Path);
    }

    [Fact]
    public void Find_ProjectWithLakehouseJsonAbove_UsesItsDotLakehouseAndReadsItsJson()
    {
        File.WriteAllText(_folder.Combine("lakehouse.json"), "{}");
        var sub = Directory.CreateDirectory(_folder.Combine("sub")).FullName;

        var home = CliHome.Find(sub, Env());

        Assert.Equal(_folder.Combine(".lakehouse"), home.Path);
        Assert.Equal(_folder.Combine("lakehouse.json"), home.ProjectConfiguration);
        Assert.Equal(_folder.Combine(".lakehouse/lakehouse.json"), home.Configuration);
    }

    [Fact]
    public void Find_NoProject_UsesThePerUserDefault()
    {
        var xdg = CliHome.Find(_folder.Path, Env(("XDG_DATA_HOME", "/home/ana/.data"), ("HOME", "/home/ana")));
        var plain = CliHome.Find(_folder.Path, Env(("HOME", "/home/ana")));

        Assert.Equal("/home/ana/.data/lakehouse", xdg.Path);
        Assert.Equal("/home/ana/.local/share/lakehouse", plain.Path);
    }

    [RequiresPostgresBinariesFact]
    public async Task Runs_FromTwoFoldersOfAProject_UseOneHomeAndAnnounceTheNewKeyOnce()
    {
        var project = Directory.CreateDirectory(_folder.Combine("project")).FullName;
        Directory.CreateDirectory(Path.Combine(project, ".lakehouse"));
        var sub = Directory.CreateDirectory(Path.Combine(project, "reports", "2026")).FullName;
        Dictionary<string, string?> environment = new() { ["XDG_DATA_HOME"] = _folder.Combine("user-data") };

        var first = await CliProcess.RunAsync(sub, environment, "runs");
        var second = await CliProcess.RunAsync(project, environment, "runs");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("NEW MASKING KEY", first.Error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(project, ".lakehouse", "masking.key"), first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("NEW MASKING KEY", second.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(sub, ".lakehouse")), "a second home was created in the subfolder");
        Assert.DoesNotContain(File.ReadAllText(Path.Combine(project, ".lakehouse", "masking.key")).Trim(), first.Error + first.Out, StringComparison.Ordinal);
    }

    [RequiresPostgresBinariesFact]
    public async Task Runs_NoProjectAnywhere_CreatesThePerUserHomeAndSaysWhere()
    {
        var outside = Directory.CreateDirectory(_folder.Combine("elsewhere")).FullName;
        var data = _folder.Combine("user-data");

        var (exitCode, _, error) = await CliProcess.RunAsync(outside, new Dictionary<string, string?> { ["XDG_DATA_HOME"] = data }, "runs");

        Assert.True(exitCode == 0, error);
        Assert.Contains($"created the home {Path.Combine(data, "lakehouse")}", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "lakehouse", "masking.key")));
        Assert.False(Directory.Exists(Path.Combine(outside, ".lakehouse")));
    }

    public void Dispose() => _folder.Dispose();

    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;
}
