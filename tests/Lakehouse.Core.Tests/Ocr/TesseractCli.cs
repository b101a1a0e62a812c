using System.Diagnostics;

namespace Lakehouse.Core.Tests.Ocr;

/// <summary>The <c>tesseract</c> command on one page (<c>-l por+eng</c>, <c>OMP_THREAD_LIMIT=1</c>): the reference.</summary>
internal static class TesseractCli
{
    public static async Task<string> ReadAsync(string image)
    {
        var start = new ProcessStartInfo("tesseract") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { image, "stdout", "-l", "por+eng" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return await text;
    }
}
