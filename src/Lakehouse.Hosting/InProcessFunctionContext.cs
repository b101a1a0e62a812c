using System.Collections.Immutable;

using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Hosting;

/// <summary>The <see cref="FunctionContext"/> handed to functions run by the in-process host.</summary>
internal sealed class InProcessFunctionContext : FunctionContext
{
    public InProcessFunctionContext(FunctionDescriptor function, IServiceProvider services, CancellationToken cancellationToken)
    {
        InstanceServices = services;
        FunctionDefinition = new InProcessFunctionDefinition(function);
        CancellationToken = cancellationToken;
    }

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => FunctionDefinition.Id;

    public override TraceContext TraceContext { get; } = new InProcessTraceContext();

    public override BindingContext BindingContext { get; } = new InProcessBindingContext();

    public override RetryContext RetryContext { get; } = new InProcessRetryContext();

    public override IServiceProvider InstanceServices { get; set; }

    public override FunctionDefinition FunctionDefinition { get; }

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features { get; } = new InProcessInvocationFeatures();

    public override CancellationToken CancellationToken { get; }
}

/// <summary>Definition of a function discovered by <see cref="FunctionRegistry"/>.</summary>
internal sealed class InProcessFunctionDefinition(FunctionDescriptor function) : FunctionDefinition
{
    public override ImmutableArray<FunctionParameter> Parameters { get; } =
        [.. function.Method.GetParameters().Select(p => new FunctionParameter(p.Name ?? string.Empty, p.ParameterType))];

    public override string PathToAssembly => function.Method.DeclaringType?.Assembly.Location ?? string.Empty;

    public override string EntryPoint => $"{function.Method.DeclaringType?.FullName}.{function.Method.Name}";

    public override string Id => function.Name;

    public override string Name => function.Name;

    public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

    public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

    public override bool BindsToCancellationToken =>
        function.Method.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken));
}

/// <summary>Empty trace context (no distributed tracing in-process).</summary>
internal sealed class InProcessTraceContext : TraceContext
{
    public override string TraceParent => string.Empty;

    public override string TraceState => string.Empty;
}

/// <summary>Empty binding data.</summary>
internal sealed class InProcessBindingContext : BindingContext
{
    public override IReadOnlyDictionary<string, object?> BindingData { get; } = new Dictionary<string, object?>();
}

/// <summary>No host-level retries in-process (Durable retries are per call, via TaskOptions).</summary>
internal sealed class InProcessRetryContext : RetryContext
{
    public override int RetryCount => 0;

    public override int MaxRetryCount => 0;
}

/// <summary>Type-keyed feature bag.</summary>
internal sealed class InProcessInvocationFeatures : IInvocationFeatures
{
    private readonly Dictionary<Type, object> _features = [];

    public void Set<T>(T instance)
    {
        if (instance is null)
        {
            _features.Remove(typeof(T));
        }
        else
        {
            _features[typeof(T)] = instance;
        }
    }

    public T? Get<T>() => _features.TryGetValue(typeof(T), out var value) ? (T)value : default;

    public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => _features.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
