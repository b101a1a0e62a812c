using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Hosting;

/// <summary>
/// Calls a <c>[Function]</c> method as the Functions host does: an instance method on an object created from DI for the
/// call (<see cref="ActivatorUtilities"/>), a static one directly; awaits whatever task shape it returns.
/// </summary>
internal static class FunctionInvocation
{
    /// <summary>The type a function's return type produces once awaited (<see cref="object"/> for none).</summary>
    public static Type ResultType(Type returnType)
    {
        if (returnType == typeof(void) || returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return typeof(object);
        }

        return returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? returnType.GetGenericArguments()[0]
            : returnType;
    }

    /// <summary>Invokes <paramref name="method"/> with <paramref name="arguments"/> and awaits its result.</summary>
    public static async Task<object?> InvokeAsync(MethodInfo method, IServiceProvider services, object?[] arguments)
    {
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        var returned = method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, null);
        var returnType = method.ReturnType;
        if (returned is null || returnType == typeof(void))
        {
            return null;
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            returned = returnType.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(returned, null)!;
            returnType = typeof(Task<>).MakeGenericType(returnType.GetGenericArguments());
        }

        switch (returned)
        {
            case ValueTask valueTask:
                await valueTask;
                return null;
            case Task task:
                await task;
                return returnType.IsGenericType ? returnType.GetProperty(nameof(Task<int>.Result))!.GetValue(task) : null;
            default:
                return returned;
        }
    }
}
