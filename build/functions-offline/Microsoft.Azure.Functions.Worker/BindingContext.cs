namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: binding data of an invocation.</summary>
public abstract class BindingContext
{
    public abstract IReadOnlyDictionary<string, object?> BindingData { get; }
}
