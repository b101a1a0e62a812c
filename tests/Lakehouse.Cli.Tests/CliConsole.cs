using Spectre.Console;

namespace Lakehouse.Cli.Tests;

/// <summary>Runs `lakehouse …` in-process with a wide, colourless Spectre console; returns the exit code and the text.</summary>
internal static class CliConsole
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 240;

        var exitCode = await LakehouseCommand.InvokeAsync(args, console, output);

        return (exitCode, output.ToString());
    }
}
