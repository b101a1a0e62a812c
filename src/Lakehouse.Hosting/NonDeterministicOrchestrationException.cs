namespace Lakehouse.Hosting;

/// <summary>
/// An orchestrator scheduled different actions (or produced a different output) when replayed against its recorded
/// history than on its first execution — the real Durable host would fail or misbehave on replay.
/// </summary>
public sealed class NonDeterministicOrchestrationException : Exception
{
    public NonDeterministicOrchestrationException()
    {
    }

    public NonDeterministicOrchestrationException(string message)
        : base(message)
    {
    }

    public NonDeterministicOrchestrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
