using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Hosting;

/// <summary>
/// An app's <c>[Function]</c> activity as the worker's <see cref="ITaskActivity"/>: each call waits for one of the engine's
/// activity slots, gets its own DI scope, as in the Functions host, and the engine's stopping token where the function
/// takes a <see cref="CancellationToken"/>.
/// </summary>
internal sealed class FunctionActivity(FunctionDescriptor function, IServiceProvider services, SemaphoreSlim slots, CancellationToken stopping) : ITaskActivity
{
    public Type InputType => function.InputType;

    public Type OutputType => function.OutputType;

    public async Task<object?> RunAsync(TaskActivityContext context, object? input)
    {
        await slots.WaitAsync(stopping);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var arguments = function.Method.GetParameters()
                .Select(p => p.ParameterType == typeof(CancellationToken) ? stopping : input ?? Default(p.ParameterType))
                .ToArray();
            return await FunctionInvocation.InvokeAsync(function.Method, scope.ServiceProvider, arguments);
        }
        finally
        {
            slots.Release();
        }
    }

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
}
