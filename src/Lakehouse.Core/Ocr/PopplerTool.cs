using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Lakehouse.Core.Ocr;

/// <summary>
/// Runs one external command (poppler-utils' <c>pdfinfo</c>, <c>pdftotext</c>, <c>pdftoppm</c>; ImageMagick) with an argument list (no
/// shell), its standard output handed to a reader, its standard error kept (bounded) for the caller to classify.
/// Cancellation kills the process.
/// </summary>
internal static class PopplerTool
{
    private const int MaxErrorChars = 4096;

    /// <summary>The exit code and the start of standard error.</summary>
    public static async Task<(int ExitCode, string Error)> RunAsync(
        string tool, IEnumerable<string> arguments, Func<StreamReader, Task>? readOutput, CancellationToken cancellationToken, string package = "poppler-utils")
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartOrExplain(start, tool, package);
        await using var kill = cancellationToken.Register(() => Kill(process));
        var error = ReadBoundedAsync(process.StandardError);
        if (readOutput is null)
        {
            await process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, cancellationToken);
        }
        else
        {
            await readOutput(process.StandardOutput);
            await process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, cancellationToken);
        }

        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await error);
    }

    private static Process StartOrExplain(ProcessStartInfo start, string tool, string package)
    {
        try
        {
            return Process.Start(start) ?? throw new OcrException($"{tool} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new OcrException($"{tool} not found: install {package} (scripts/setup.sh).", e);
        }
    }

    private static async Task<string> ReadBoundedAsync(StreamReader reader)
    {
        var kept = new StringBuilder();
        var buffer = new char[1024];
        int n;
        while ((n = await reader.ReadAsync(buffer)) > 0)
        {
            kept.Append(buffer, 0, Math.Min(n, Math.Max(0, MaxErrorChars - kept.Length)));
        }

        return kept.ToString();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
