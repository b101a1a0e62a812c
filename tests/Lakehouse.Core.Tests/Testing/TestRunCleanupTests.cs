using System.Diagnostics;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Testing;

public sealed class TestRunCleanupTests
{
    [Fact]
    public async Task StartWatchdog_ParentKilled_StopsRegisteredProcessesAndRemovesTheFolder()
    {
        using var parent = Process.Start("sleep", "300");
        using var server = Process.Start("sleep", "300");
        var folder = Path.Combine(Path.GetTempPath(), "lakehouse-tests", $"watchdog-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "cleanup.sh"), $"kill {server.Id}\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "data.bin"), "left by a test");

        TestRunCleanup.StartWatchdog(parent.Id, folder);
        await Task.Delay(700);
        Assert.True(Directory.Exists(folder), "the watchdog must wait while the parent lives");
        parent.Kill();

        await WaitUntilAsync(() => server.HasExited && !Directory.Exists(folder));
        Assert.True(server.HasExited, "the registered server process outlived its test process");
        Assert.False(Directory.Exists(folder), "the run folder outlived its test process");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
