using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: binds a <c>TaskOrchestrationContext</c> parameter of an orchestrator function (Orchestration omitted: the app does not set it).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class OrchestrationTriggerAttribute : TriggerBindingAttribute
{
}
