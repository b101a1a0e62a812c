namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: direction of a binding.</summary>
public enum BindingDirection
{
    In,
    Out,
}
