namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: host-level retry information of an invocation.</summary>
public abstract class RetryContext
{
    public abstract int RetryCount { get; }

    public abstract int MaxRetryCount { get; }
}
