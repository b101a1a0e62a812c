using System.Collections.Immutable;

namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: description of a function.</summary>
public abstract class FunctionDefinition
{
    public abstract ImmutableArray<FunctionParameter> Parameters { get; }

    public abstract string PathToAssembly { get; }

    public abstract string EntryPoint { get; }

    public abstract string Id { get; }

    public abstract string Name { get; }

    public abstract IImmutableDictionary<string, BindingMetadata> InputBindings { get; }

    public abstract IImmutableDictionary<string, BindingMetadata> OutputBindings { get; }

    public abstract bool BindsToCancellationToken { get; }
}
