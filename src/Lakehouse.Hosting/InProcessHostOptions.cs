namespace Lakehouse.Hosting;

/// <summary>Options of <see cref="InProcessOrchestrationHost"/>.</summary>
public sealed class InProcessHostOptions
{
    /// <summary>
    /// After each orchestration execution completes, re-run it against its recorded history and fail the instance
    /// with a <see cref="NonDeterministicOrchestrationException"/> on any divergence. Default <c>true</c>.
    /// </summary>
    public bool ReplayCheck { get; set; } = true;

    /// <summary>
    /// Factor applied to durable timer and retry delays (wall-clock wait = delay × factor). Default 1.0; tests use
    /// 0 or 0.001. <c>CurrentUtcDateTime</c> still advances by the full, unscaled delay.
    /// </summary>
    public double TimeScale { get; set; } = 1.0;

    /// <summary>Maximum number of activity invocations running at once, host-wide. Default: processor count.</summary>
    public int MaxConcurrentActivities { get; set; } = Environment.ProcessorCount;
}
