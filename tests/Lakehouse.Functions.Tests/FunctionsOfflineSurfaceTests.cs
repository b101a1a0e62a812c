#if FUNCTIONS_OFFLINE
using Lakehouse.Testing;
using Microsoft.DurableTask;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The stand-in in build/functions-offline declares exactly the committed surface (public-surface.txt), so a change to
/// it is deliberate and reviewed against the real packages (README.md there maps each member to its source).
/// </summary>
public class FunctionsOfflineSurfaceTests
{
    private const string UpdateVariable = "LAKEHOUSE_UPDATE_OFFLINE_SURFACE";

    [Fact]
    public void StandIn_PublicSurface_MatchesCommittedList()
    {
        var path = Path.Combine(RepoPaths.Root, "build", "functions-offline", "public-surface.txt");
        var actual = OfflineSurface.Describe(typeof(TaskOrchestrationContext).Assembly);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllLines(path, actual);
        }

        var expected = File.Exists(path) ? File.ReadAllLines(path) : [];

        var added = actual.Except(expected, StringComparer.Ordinal).ToList();
        var removed = expected.Except(actual, StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0,
            "build/functions-offline's public surface differs from build/functions-offline/public-surface.txt.\n" +
            "Declared but not in the list:\n  " + string.Join("\n  ", added) + "\nIn the list but not declared:\n  " + string.Join("\n  ", removed) + "\n" +
            "If the change is deliberate: check each member against the real source (repository, tag, path in README.md), update the README " +
            $"member table, then regenerate with `{UpdateVariable}=1 dotnet test tests/Lakehouse.Functions.Tests -p:FunctionsOffline=true " +
            "--filter FunctionsOfflineSurfaceTests` and commit public-surface.txt.");
    }
}
#endif
