namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: metadata of one binding.</summary>
public abstract class BindingMetadata
{
    public abstract string Name { get; }

    public abstract string Type { get; }

    public abstract BindingDirection Direction { get; }
}
