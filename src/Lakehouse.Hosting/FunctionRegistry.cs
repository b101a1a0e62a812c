using System.Reflection;

using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Hosting;

/// <summary>Kind of a discovered function.</summary>
internal enum FunctionKind
{
    Orchestrator,
    Activity,
}

/// <summary>A discovered <c>[Function]</c> method with an orchestration or activity trigger.</summary>
internal sealed record FunctionDescriptor(string Name, FunctionKind Kind, MethodInfo Method);

/// <summary>Finds orchestrators and activities by their <c>[Function]</c> names (case-insensitive, like TaskName).</summary>
internal sealed class FunctionRegistry
{
    private const BindingFlags AllMethods =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private readonly Dictionary<string, FunctionDescriptor> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FunctionDescriptor> _activities = new(StringComparer.OrdinalIgnoreCase);

    public FunctionRegistry(IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies.Distinct())
        {
            foreach (var type in LoadableTypes(assembly))
            {
                foreach (var method in type.GetMethods(AllMethods))
                {
                    Register(method);
                }
            }
        }
    }

    public IReadOnlyCollection<string> Orchestrators => _orchestrators.Keys;

    public IReadOnlyCollection<string> Activities => _activities.Keys;

    public FunctionDescriptor? FindOrchestrator(string name) => _orchestrators.GetValueOrDefault(name);

    public FunctionDescriptor? FindActivity(string name) => _activities.GetValueOrDefault(name);

    private void Register(MethodInfo method)
    {
        var function = method.GetCustomAttribute<FunctionAttribute>();
        if (function is null)
        {
            return;
        }

        var parameters = method.GetParameters();
        FunctionKind kind;
        if (parameters.Any(p => p.IsDefined(typeof(OrchestrationTriggerAttribute), false)))
        {
            kind = FunctionKind.Orchestrator;
        }
        else if (parameters.Any(p => p.IsDefined(typeof(ActivityTriggerAttribute), false)))
        {
            kind = FunctionKind.Activity;
        }
        else
        {
            return; // HTTP, timer and other triggers are not run by this host.
        }

        var target = kind == FunctionKind.Orchestrator ? _orchestrators : _activities;
        if (!target.TryAdd(function.Name, new FunctionDescriptor(function.Name, kind, method)))
        {
            throw new InvalidOperationException(
                $"Two {kind} functions are named '{function.Name}': {Describe(target[function.Name].Method)} and {Describe(method)}.");
        }
    }

    private static string Describe(MethodInfo method) => $"{method.DeclaringType?.FullName}.{method.Name}";

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
