namespace Lakehouse.Functions.Activities;

/// <summary>
/// A stage failed for a reason that may pass (connection lost, deadlock, S3 5xx or throttling, a timeout, an I/O
/// hiccup): the one exception type the orchestrations' retry policy retries (<see cref="Orchestrations.Retries"/>). The
/// message names the stage and object; the inner exception keeps the cause.
/// </summary>
public sealed class TransientFailureException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TransientFailureException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TransientFailureException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public TransientFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
