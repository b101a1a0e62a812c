using System.ComponentModel.DataAnnotations;

namespace Lakehouse.Functions;

/// <summary>
/// How much of a run happens at once: the one place the object concurrency of the pipeline is set, read by
/// <see cref="Activities.StartRunActivity"/> into each run's history (so replays see the same figures) and by the CLI
/// to size its in-process engine. Section <c>Lakehouse:Pipeline</c>.
/// </summary>
public sealed class PipelineOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Lakehouse:Pipeline";

    /// <summary>
    /// Objects of a run registering and transforming at once (CPU-bound: parse, mask, Parquet). Default: one per core
    /// but one, which the loads use, and at least 2: with two the largest file transforms from the start beside the
    /// others (<see cref="Orchestrations.LoadTurns"/>); on 2 cores that measured no slower than one and within the
    /// memory bound (docs/benchmarks.md).
    /// </summary>
    [Range(1, 64)]
    public int MaxParallelTransforms { get; set; } = Math.Max(2, Environment.ProcessorCount - 1);

    /// <summary>
    /// Objects of a run validating and loading at once, in load-tier order. Default 2: while one merges in PostgreSQL the
    /// next validates and copies into its staging table. Measured on 2 cores (docs/benchmarks.md): 3 or 4 were no faster
    /// and peaked higher.
    /// </summary>
    [Range(1, 16)]
    public int MaxParallelLoads { get; set; } = 2;

    /// <summary>Activity slots a host needs to run one run at full width, plus the run's own bookkeeping.</summary>
    public int ActivitySlots => MaxParallelTransforms + MaxParallelLoads + 1;
}
