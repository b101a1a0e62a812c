namespace Lakehouse.Cli;

/// <summary>A run was cancelled (Ctrl-C) and has been marked interrupted; the CLI exits with 130.</summary>
public sealed class RunInterruptedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RunInterruptedException()
    {
    }

    /// <summary>Creates the exception for a run.</summary>
    public RunInterruptedException(string runId)
        : base($"Run {runId} was interrupted.")
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public RunInterruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
