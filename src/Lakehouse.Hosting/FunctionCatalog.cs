using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Hosting;

/// <summary>
/// The orchestrators and activities of a Functions app, found by reflection over its <c>[Function]</c> methods: the one
/// source of what the in-process engine registers, so no list is kept by hand. Input types follow the Functions host's
/// rules: an activity's input is its <c>[ActivityTrigger]</c> parameter; an orchestrator's is its first parameter that is
/// neither the <c>[OrchestrationTrigger]</c> context nor a <see cref="FunctionContext"/> or <see cref="CancellationToken"/>
/// (the Durable extension's <c>OrchestrationInputConverter</c> rule), or <see cref="object"/> when there is none. A
/// signature the engine cannot bind fails here, at start-up, naming the method.
/// </summary>
public sealed class FunctionCatalog
{
    private const BindingFlags AllMethods =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private readonly Dictionary<string, FunctionDescriptor> _functions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Discovers the functions of <paramref name="assemblies"/>.</summary>
    public FunctionCatalog(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        foreach (var method in assemblies.Distinct().SelectMany(a => a.GetTypes()).SelectMany(t => t.GetMethods(AllMethods)))
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is { } function && Describe(function.Name, method) is { } descriptor
                && !_functions.TryAdd(descriptor.Name, descriptor))
            {
                throw new InvalidOperationException(
                    $"Two functions are named '{descriptor.Name}': {_functions[descriptor.Name].Display} and {descriptor.Display}.");
            }
        }
    }

    /// <summary>Every discovered orchestrator and activity.</summary>
    public IReadOnlyCollection<FunctionDescriptor> Functions => _functions.Values;

    /// <summary>The function named <paramref name="name"/> (case-insensitive, like <see cref="TaskName"/>), or null.</summary>
    public FunctionDescriptor? Find(string name) => _functions.GetValueOrDefault(name);

    private static FunctionDescriptor? Describe(string name, MethodInfo method)
    {
        var parameters = method.GetParameters();
        var output = FunctionInvocation.ResultType(method.ReturnType);
        if (parameters.Any(p => p.IsDefined(typeof(OrchestrationTriggerAttribute), false)))
        {
            var input = parameters.FirstOrDefault(p => !p.IsDefined(typeof(OrchestrationTriggerAttribute), false));
            Require(method, parameters.All(p => p.IsDefined(typeof(OrchestrationTriggerAttribute), false) || p == input),
                "takes the orchestration context and at most one input parameter");
            Require(method, parameters.Single(p => p.IsDefined(typeof(OrchestrationTriggerAttribute), false)).ParameterType == typeof(TaskOrchestrationContext),
                "binds [OrchestrationTrigger] to a TaskOrchestrationContext");
            Require(method, input is null || (input.ParameterType != typeof(FunctionContext) && input.ParameterType != typeof(CancellationToken)),
                "does not take a FunctionContext or CancellationToken (orchestrators must be deterministic)");
            return new FunctionDescriptor(name, FunctionKind.Orchestrator, method, input?.ParameterType ?? typeof(object), output);
        }

        if (parameters.SingleOrDefault(p => p.IsDefined(typeof(ActivityTriggerAttribute), false)) is { } trigger)
        {
            Require(method, parameters.All(p => p == trigger || p.ParameterType == typeof(CancellationToken)),
                "takes its [ActivityTrigger] input and optionally a CancellationToken");
            return new FunctionDescriptor(name, FunctionKind.Activity, method, trigger.ParameterType, output);
        }

        return null; // HTTP, timer and other triggers: the tests and the CLI call those directly.
    }

    private static void Require(MethodInfo method, bool condition, string rule)
    {
        if (!condition)
        {
            throw new InvalidOperationException(
                $"{method.DeclaringType?.FullName}.{method.Name} cannot run on the in-process engine: a function here {rule}.");
        }
    }
}
