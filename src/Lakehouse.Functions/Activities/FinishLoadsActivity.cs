using Lakehouse.Core.Warehouse;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// After a run's loads: the work done once per run rather than once per file (<see cref="WarehouseLoader.FinishAsync"/>:
/// today the order totals of <c>dw.fact_order</c>). Called by a run after its last load, and by an object processed on
/// its own after its load. Runs at least once; idempotent. Transient PostgreSQL failures surface as
/// <see cref="TransientFailureException"/> for the retry policy.
/// </summary>
public sealed class FinishLoadsActivity(WarehouseLoader loader)
{
    /// <summary>Finishes the loads of run <paramref name="runId"/>; returns the orders whose totals changed.</summary>
    [Function(nameof(FinishLoadsActivity))]
    public Task<long> RunAsync([ActivityTrigger] string runId, CancellationToken cancellationToken) =>
        TransientFailures.RunAsync($"finishing the loads of run {runId}", () => loader.FinishAsync(cancellationToken), cancellationToken);
}
