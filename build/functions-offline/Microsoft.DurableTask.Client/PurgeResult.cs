namespace Microsoft.DurableTask.Client;

/// <summary>Stand-in: result of a purge (data carrier).</summary>
public class PurgeResult
{
    public PurgeResult(int count)
    {
        PurgedInstanceCount = count;
    }

    public PurgeResult(int count, bool? isComplete)
    {
        PurgedInstanceCount = count;
        IsComplete = isComplete;
    }

    public int PurgedInstanceCount { get; }

    public bool? IsComplete { get; }
}
