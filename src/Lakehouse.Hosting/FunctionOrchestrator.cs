using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Hosting;

/// <summary>An app's <c>[Function]</c> orchestrator as the worker's <see cref="ITaskOrchestrator"/>.</summary>
internal sealed class FunctionOrchestrator(FunctionDescriptor function, IServiceProvider services) : ITaskOrchestrator
{
    public Type InputType => function.InputType;

    public Type OutputType => function.OutputType;

    public Task<object?> RunAsync(TaskOrchestrationContext context, object? input)
    {
        var arguments = function.Method.GetParameters()
            .Select(p => p.IsDefined(typeof(OrchestrationTriggerAttribute), false) ? context : input)
            .ToArray();
        return FunctionInvocation.InvokeAsync(function.Method, services, arguments);
    }
}
