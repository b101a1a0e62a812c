namespace Lakehouse.Hosting.Tests.TestFunctions;

/// <summary>Service injected into an activity's constructor.</summary>
internal interface IGreeter
{
    string Greet(string name);
}

internal sealed class Greeter : IGreeter
{
    public string Greet(string name) => $"Hello, {name}";
}

/// <summary>Counts concurrent activity invocations.</summary>
internal sealed class ConcurrencyProbe
{
    private int _current;
    private int _max;
    private int _calls;

    public int Max => Volatile.Read(ref _max);

    public int Calls => Volatile.Read(ref _calls);

    public void Enter()
    {
        Interlocked.Increment(ref _calls);
        var now = Interlocked.Increment(ref _current);
        int seen;
        while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
        {
        }
    }

    public void Exit() => Interlocked.Decrement(ref _current);
}

/// <summary>Makes the flaky activity fail a given number of times before it succeeds.</summary>
internal sealed class FlakyState(int failuresBeforeSuccess)
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public bool NextCallFails() => Interlocked.Increment(ref _calls) <= failuresBeforeSuccess;
}
