namespace Lakehouse.Testing;

/// <summary>
/// Files a test keeps for people to look at after the run (screenshots of rendered reports): under
/// <c>.lakehouse/test-artifacts/</c> of the repository (ignored by git), replaced by the next run.
/// </summary>
public static class TestArtifacts
{
    /// <summary>The path for an artifact named <paramref name="name"/>; its folder exists.</summary>
    public static string PathFor(string name)
    {
        var folder = Path.Combine(RepoPaths.Root, ".lakehouse", "test-artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
