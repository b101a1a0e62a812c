namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: feature collection of an invocation.</summary>
public interface IInvocationFeatures : IEnumerable<KeyValuePair<Type, object>>
{
    void Set<T>(T instance);

    T? Get<T>();
}
