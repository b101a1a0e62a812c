namespace Lakehouse.Cli.Tests;

/// <summary>Runs `lakehouse …` in-process, output captured as a pipe sees it (no colours, no wrapping).</summary>
internal static class CliConsole
{
    /// <summary>Returns the exit code and stdout and stderr together.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var (exitCode, output, error) = await RunAsync(null, null, args);
        return (exitCode, output + error);
    }

    /// <summary>With a home of the test's own and, for questions, <paramref name="input"/>; stdout and stderr apart.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(CliHome? home, TextReader? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(CliOutput.ForWriters(output, error), () => home ?? throw new InvalidOperationException("this test gave no home"), null, input);

        var exitCode = await LakehouseCommand.InvokeAsync(args, context);

        return (exitCode, output.ToString(), error.ToString());
    }
}
