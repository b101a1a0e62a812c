using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.Logging;

namespace Lakehouse.Hosting;

/// <summary>
/// The in-memory orchestration service, minus the sidecar dispatcher's throttle. The dispatcher takes its limits from
/// <see cref="IOrchestrationService"/> (the stock service: <see cref="Environment.ProcessorCount"/>) and, while every slot
/// is taken, looks again only every 500 ms: with two slots, a fan-out of 200 no-op activities took 25 s (eight a second).
/// So the dispatcher gets limits it never reaches — re-implementing the two interface properties; every other member is
/// the package's — and <see cref="InProcessEngine"/> enforces the activity limit in the worker, where a call waits for a
/// slot without polling.
/// </summary>
internal sealed class UnthrottledOrchestrationService(ILoggerFactory loggerFactory) : InMemoryOrchestrationService(loggerFactory), IOrchestrationService
{
    int IOrchestrationService.MaxConcurrentTaskOrchestrationWorkItems => int.MaxValue;

    int IOrchestrationService.MaxConcurrentTaskActivityWorkItems => int.MaxValue;
}
