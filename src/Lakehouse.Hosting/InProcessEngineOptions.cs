namespace Lakehouse.Hosting;

/// <summary>How much the in-process engine runs at once.</summary>
public sealed class InProcessEngineOptions
{
    /// <summary>
    /// Activity work items running at once. Default: processor count + 1. The app's orchestrations bound their own fan-out
    /// (<c>Lakehouse:Pipeline:MaxParallelObjects</c>); this only has to leave room for it, since a work item that finds
    /// every slot taken waits for the dispatcher's next poll (500 ms).
    /// </summary>
    public int MaxConcurrentActivities { get; set; } = Environment.ProcessorCount + 1;

    /// <summary>
    /// Orchestration work items (episodes: one replay up to the next await) running at once. Default 64: an episode is
    /// short and mostly waits on the gRPC round trip, so a low limit only adds dispatcher polls between sub-orchestrations.
    /// </summary>
    public int MaxConcurrentOrchestrations { get; set; } = 64;
}
