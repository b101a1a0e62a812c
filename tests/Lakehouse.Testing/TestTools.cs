using System.Diagnostics;

using Xunit;

namespace Lakehouse.Testing;

/// <summary>Runs ImageMagick and qpdf to make test inputs; fails the test when the tool fails.</summary>
public static class TestTools
{
    public static Task ConvertAsync(params string[] arguments) =>
        RunAsync(File.Exists("/usr/bin/magick") ? "magick" : "convert", arguments);

    public static async Task RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {error}");
    }
}
