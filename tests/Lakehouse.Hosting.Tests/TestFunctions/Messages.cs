namespace Lakehouse.Hosting.Tests.TestFunctions;

internal sealed record OrderLine(string Sku, int Quantity, DateOnly Day);

/// <summary>Counts calls and concurrency; one per engine (singleton in the test's DI).</summary>
internal sealed class CallLog
{
    private int _running;
    private int _maxRunning;
    private int _scopes;

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public int Scopes => Volatile.Read(ref _scopes);

    public List<string> Calls { get; } = [];

    public void Enter(string call)
    {
        lock (Calls)
        {
            Calls.Add(call);
        }

        var running = Interlocked.Increment(ref _running);
        int seen;
        while (running > (seen = Volatile.Read(ref _maxRunning)) && Interlocked.CompareExchange(ref _maxRunning, running, seen) != seen)
        {
        }
    }

    public void Exit() => Interlocked.Decrement(ref _running);

    public void ScopeCreated() => Interlocked.Increment(ref _scopes);
}

/// <summary>A scoped service: one per activity call, as in the Functions host.</summary>
internal sealed class PerCall
{
    public PerCall(CallLog log) => log.ScopeCreated();
}
