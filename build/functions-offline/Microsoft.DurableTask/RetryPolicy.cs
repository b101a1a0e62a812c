namespace Microsoft.DurableTask;

/// <summary>
/// Stand-in: declarative retry policy (data carrier). The real constructor's ArgumentOutOfRange validation is left
/// out; the real defaults for omitted values (1 hour, infinite) are stored.
/// </summary>
public class RetryPolicy
{
    public RetryPolicy(
        int maxNumberOfAttempts,
        TimeSpan firstRetryInterval,
        double backoffCoefficient = 1.0,
        TimeSpan? maxRetryInterval = null,
        TimeSpan? retryTimeout = null)
    {
        MaxNumberOfAttempts = maxNumberOfAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = maxRetryInterval ?? TimeSpan.FromHours(1);
        RetryTimeout = retryTimeout ?? Timeout.InfiniteTimeSpan;
        Handle = _ => true;
    }

    public int MaxNumberOfAttempts { get; }

    public TimeSpan FirstRetryInterval { get; }

    public double BackoffCoefficient { get; }

    public TimeSpan MaxRetryInterval { get; }

    public TimeSpan RetryTimeout { get; }

    /// <summary>Decides whether a failure is retried; defaults to always (as the real one).</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public Func<Exception, bool> Handle { get; private init; }

    /// <summary>
    /// Init-only predicate over the failure details. The real setter wraps it into <see cref="Handle"/> for
    /// DurableTask.Core exceptions; the stand-in wraps it for <see cref="TaskFailedException"/> (the only failure
    /// type it declares), so a host can evaluate it through <see cref="Handle"/>.
    /// </summary>
    public Func<TaskFailureDetails, bool> HandleTaskFailureDetails
    {
        init => Handle = ex => ex is TaskFailedException failed
            ? value(failed.FailureDetails)
            : throw new InvalidOperationException("Expected a TaskFailedException.");
    }
}
