using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Logging;

namespace Lakehouse.Hosting;

/// <summary>
/// The in-memory orchestration service with the worker's concurrency limits instead of the processor count. The worker
/// sends its <see cref="DurableTaskWorkerOptions.Concurrency"/> to the sidecar when it connects, but the sidecar's
/// dispatcher reads its limits from <see cref="IOrchestrationService"/>, which the stock in-memory service fixes at
/// <see cref="Environment.ProcessorCount"/>: two on a small box, so a third activity or sub-orchestration episode waits
/// for a 500 ms poll. Re-implementing the two interface properties hands the dispatcher the worker's figures; every
/// other member is the package's.
/// </summary>
internal sealed class ConcurrencyLimitedOrchestrationService(ILoggerFactory loggerFactory, DurableTaskWorkerOptions.ConcurrencyOptions concurrency)
    : InMemoryOrchestrationService(loggerFactory), IOrchestrationService
{
    int IOrchestrationService.MaxConcurrentTaskOrchestrationWorkItems => concurrency.MaximumConcurrentOrchestrationWorkItems;

    int IOrchestrationService.MaxConcurrentTaskActivityWorkItems => concurrency.MaximumConcurrentActivityWorkItems;
}
