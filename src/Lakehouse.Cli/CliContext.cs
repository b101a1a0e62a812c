using System.CommandLine;

namespace Lakehouse.Cli;

/// <summary>What every command shares: where it writes, how it finds its home, and the <c>-v</c> option.</summary>
internal sealed class CliContext(CliOutput output, Func<CliHome> home, CliSignals? signals = null, TextReader? input = null)
{
    /// <summary>The process's Ctrl-C handling; null in tests.</summary>
    public CliSignals? Signals { get; } = signals;

    /// <summary>Answers to questions (<c>reset</c>); null when there is no one to ask (stdin is not a terminal).</summary>
    public TextReader? Input { get; } = input;

    /// <summary>Results to <see cref="CliOutput.Out"/>, the rest to <see cref="CliOutput.Error"/>.</summary>
    public CliOutput Output { get; } = output;

    /// <summary><c>--verbose</c>/<c>-v</c>: the pipeline's, the engine's and the framework's log lines on stderr.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log the pipeline's progress, engine and framework included (names, ids and counts only)", Recursive = true };

    /// <summary>Finds the home (<see cref="CliHome.Find"/> for the process; tests give their own).</summary>
    public CliHome FindHome() => home();
}
