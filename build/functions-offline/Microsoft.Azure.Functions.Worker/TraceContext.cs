namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: distributed tracing context of an invocation (virtual Attributes/Baggage omitted).</summary>
public abstract class TraceContext
{
    public abstract string TraceParent { get; }

    public abstract string TraceState { get; }
}
