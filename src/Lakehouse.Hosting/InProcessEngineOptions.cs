namespace Lakehouse.Hosting;

/// <summary>How much the in-process engine runs at once.</summary>
public sealed class InProcessEngineOptions
{
    /// <summary>
    /// Activities running at once; more wait for a slot. Default: processor count + 1. The app's runs bound their own
    /// fan-out (<c>Lakehouse:Pipeline</c>), and the CLI sizes this from it.
    /// </summary>
    public int MaxConcurrentActivities { get; set; } = Environment.ProcessorCount + 1;

    /// <summary>
    /// Orchestration episodes (one replay up to the next await) the worker advertises it runs at once. Default 64. The
    /// in-memory sidecar does not throttle them: an episode is short and mostly waits on its gRPC round trip.
    /// </summary>
    public int MaxConcurrentOrchestrations { get; set; } = 64;
}
