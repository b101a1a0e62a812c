using System.Runtime.InteropServices;

namespace Lakehouse.Cli;

/// <summary>
/// Ctrl-C and SIGTERM for the whole process: the first cancels <see cref="Token"/> (commands stop cleanly, an ingest
/// marks its run interrupted and the CLI exits 130 after Ctrl-C, 143 after SIGTERM); a second one ends the process at
/// once. While a child owns the terminal (<c>lakehouse psql</c>), Ctrl-C is the child's alone. (A process started with
/// SIGINT ignored, e.g. a background job of a script, keeps ignoring it: .NET does not handle an ignored SIGINT.)
/// </summary>
internal sealed class CliSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _received;

    public CliSignals()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
    }

    /// <summary>Cancelled on the first Ctrl-C or SIGTERM.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>Exit code of a command stopped by the signal received: 130 (SIGINT, 128 + 2) or 143 (SIGTERM, 128 + 15).</summary>
    public int ExitCode { get; private set; } = CliRun.Interrupted;

    /// <summary>Set while an interactive child (psql) runs in the foreground: it handles Ctrl-C itself.</summary>
    public bool ChildOwnsTerminal { get; set; }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancel.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (ChildOwnsTerminal && context.Signal == PosixSignal.SIGINT)
        {
            context.Cancel = true;
            return;
        }

        if (Interlocked.Increment(ref _received) == 1)
        {
            ExitCode = context.Signal == PosixSignal.SIGTERM ? 143 : CliRun.Interrupted;
            context.Cancel = true;
            _cancel.Cancel();
        }
    }
}
