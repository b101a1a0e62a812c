using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>
/// Where the CLI writes: results (tables, CSV, JSON) to <see cref="Out"/>, everything else (progress, notices,
/// errors) to <see cref="Error"/>. A stream that is not a terminal gets no colours and no wrapping, so piped output
/// keeps each key, run id and finding on one line.
/// </summary>
public sealed class CliOutput
{
    /// <summary>Line width given to a console that is not a terminal: wide enough that nothing wraps.</summary>
    public const int UnwrappedWidth = 100_000;

    /// <summary>Creates the output over two consoles.</summary>
    public CliOutput(IAnsiConsole output, IAnsiConsole error, bool progress)
    {
        Out = output;
        Error = error;
        ShowProgress = progress;
    }

    /// <summary>Results.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Progress, notices and errors.</summary>
    public IAnsiConsole Error { get; }

    /// <summary>Whether a live progress display is shown (only on a terminal).</summary>
    public bool ShowProgress { get; }

    /// <summary>The process's stdout and stderr.</summary>
    public static CliOutput ForProcess() => new(
        Create(Console.Out, Console.IsOutputRedirected),
        Create(Console.Error, Console.IsErrorRedirected),
        progress: !Console.IsErrorRedirected);

    /// <summary>Both streams into one writer, as a pipe sees them (tests).</summary>
    public static CliOutput ForWriter(TextWriter writer)
    {
        var console = Create(writer, redirected: true);
        return new CliOutput(console, console, progress: false);
    }

    /// <summary>Results into <paramref name="output"/>, the rest into <paramref name="error"/>, as pipes see them (tests).</summary>
    public static CliOutput ForWriters(TextWriter output, TextWriter error) =>
        new(Create(output, redirected: true), Create(error, redirected: true), progress: false);

    /// <summary>A console over <paramref name="writer"/>; one that is <paramref name="redirected"/> gets no ANSI codes and no wrapping.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(writer),
        });
        if (redirected)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }
}
