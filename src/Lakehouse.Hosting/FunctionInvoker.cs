using System.Reflection;

using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Hosting;

/// <summary>
/// Binds a function's parameters (trigger input, FunctionContext, CancellationToken, services), invokes it on an
/// instance created from the invocation's DI scope, and unwraps Task / Task&lt;T&gt; / ValueTask&lt;T&gt; / T / void.
/// </summary>
internal static class FunctionInvoker
{
    /// <summary>Starts the function; the returned task completes with the (unserialized) return value.</summary>
    public static Task<object?> InvokeAsync(
        FunctionDescriptor function,
        IServiceProvider scopeServices,
        string? activityInputJson,
        TaskOrchestrationContext? orchestrationContext,
        FunctionContext functionContext,
        CancellationToken cancellationToken)
    {
        try
        {
            var method = function.Method;
            var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(scopeServices, method.DeclaringType!);
            var args = method.GetParameters()
                .Select(p => Bind(p, scopeServices, activityInputJson, orchestrationContext, functionContext, cancellationToken))
                .ToArray();
            var returned = method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, args, null);
            return UnwrapAsync(method.ReturnType, returned);
        }
#pragma warning disable CA1031 // Any failure of the user function becomes the task's failure, as in Durable.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Task.FromException<object?>(ex);
        }
    }

    private static object? Bind(
        ParameterInfo parameter,
        IServiceProvider services,
        string? inputJson,
        TaskOrchestrationContext? orchestrationContext,
        FunctionContext functionContext,
        CancellationToken cancellationToken)
    {
        var type = parameter.ParameterType;
        if (parameter.IsDefined(typeof(ActivityTriggerAttribute), false))
        {
            return Payload.Deserialize(inputJson, type) ?? (type.IsValueType ? Activator.CreateInstance(type) : null);
        }

        if (parameter.IsDefined(typeof(OrchestrationTriggerAttribute), false) || type == typeof(TaskOrchestrationContext))
        {
            return orchestrationContext;
        }

        if (type == typeof(FunctionContext))
        {
            return functionContext;
        }

        if (type == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        var service = services.GetService(type);
        if (service is not null)
        {
            return service;
        }

        return parameter.HasDefaultValue
            ? parameter.DefaultValue
            : throw new InvalidOperationException(
                $"Cannot bind parameter '{parameter.Name}' ({type.Name}) of function method {parameter.Member.Name}.");
    }

    private static async Task<object?> UnwrapAsync(Type declaredReturnType, object? returned)
    {
        switch (returned)
        {
            case null:
                return null;
            case Task task:
                await task;
                return declaredReturnType.IsGenericType ? ResultOf(task) : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
        }

        if (declaredReturnType.IsGenericType && declaredReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var task = (Task)declaredReturnType.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(returned, null)!;
            await task;
            return ResultOf(task);
        }

        return returned;
    }

    private static object? ResultOf(Task task) => task.GetType().GetProperty(nameof(Task<int>.Result))!.GetValue(task);
}
