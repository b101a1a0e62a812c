using System.Diagnostics;
using Lakehouse.Testing;

namespace Lakehouse.Cli.Tests;

/// <summary>
/// The repository's scripts: the `./lakehouse` wrapper builds the CLI only when its sources changed and otherwise
/// runs the built program at once; set-up says what it does and the demo installs only what the demo needs.
/// </summary>
public sealed class ScriptTests : IDisposable
{
    private readonly TempDirectory _folder = new("cli-scripts");

    [Fact]
    public async Task Wrapper_BuildsOnlyWhenTheSourcesChanged_ElseRunsTheBuiltProgram()
    {
        var calls = _folder.Combine("dotnet-calls.txt");
        var environment = FakeDotnet(calls);
        var wrapper = Path.Combine(RepoPaths.Root, "lakehouse");
        var stamp = _folder.Combine("cli/.stamp");
        var longAgo = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var first = await RunAsync(wrapper, environment, "--help");
        var second = await RunAsync(wrapper, environment, "runs", "--limit", "3");
        File.SetLastWriteTimeUtc(stamp, longAgo); // sources newer than the stamp, same content: no build
        var touched = await RunAsync(wrapper, environment, "--help");
        File.WriteAllText(stamp, "hash of older sources\n");
        File.SetLastWriteTimeUtc(stamp, longAgo); // sources newer and different: build
        var changed = await RunAsync(wrapper, environment, "--help");
        environment["DOTNET_GCgen0size"] = "0x1000000";
        var own = await RunAsync(wrapper, environment, "runs");

        var publish = $"publish {Path.Combine(RepoPaths.Root, "src/Lakehouse.Cli")} -c Release -o {_folder.Combine("cli")} --nologo -v q -r linux-{(System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "arm64" : "x64")} --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true";
        var dll = _folder.Combine("cli/lakehouse.dll");
        Assert.Equal((0, 0, 0, 0, 0), (first.ExitCode, second.ExitCode, touched.ExitCode, changed.ExitCode, own.ExitCode));
        Assert.Equal(
            [publish, $"{dll} --help (gen0 0x2000000)", $"{dll} runs --limit 3 (gen0 0x2000000)", $"{dll} --help (gen0 0x2000000)", publish, $"{dll} --help (gen0 0x2000000)", $"{dll} runs (gen0 0x1000000)"],
            File.ReadAllLines(calls));
        Assert.Contains("lakehouse: building the CLI", first.Error, StringComparison.Ordinal);
        Assert.Equal(("", ""), (second.Error, touched.Error));
    }

    [Fact]
    public async Task Setup_Demo_PlansNoNpmTestPeersAndSaysWhatItChecks()
    {
        var demo = await RunAsync(Path.Combine(RepoPaths.Root, "scripts/setup.sh"), new() { ["SETUP_DRY_RUN"] = "1" }, "demo");

        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("setup: checking what the demo needs: postgresql tzdata", demo.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("npm", demo.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("nodejs", demo.Error, StringComparison.Ordinal);
        Assert.Contains("scripts/setup.sh\" demo", File.ReadAllText(Path.Combine(RepoPaths.Root, "scripts/demo.sh")), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// A fake `dotnet` that logs its arguments (and, when it runs the program, the GC budget it was given); its `publish`
    /// leaves a lakehouse.dll in the -o folder.
    /// </summary>
    private Dictionary<string, string?> FakeDotnet(string calls)
    {
        var fake = _folder.Combine("dotnet");
        File.WriteAllText(fake, """
            #!/usr/bin/env bash
            if [[ $1 == publish ]]; then echo "$*" >> "$FAKE_CALLS"; mkdir -p "$6" && touch "$6/lakehouse.dll"; else echo "$* (gen0 ${DOTNET_GCgen0size-})" >> "$FAKE_CALLS"; fi
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return new() { ["DOTNET"] = fake, ["FAKE_CALLS"] = calls, ["LAKEHOUSE_CLI_OUT"] = _folder.Combine("cli") };
    }

    private async Task<(int ExitCode, string Error)> RunAsync(string script, Dictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = _folder.Path };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }
}
