using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Hosting.Tests.TestFunctions;

/// <summary>Activities with constructor injection (created per call from DI).</summary>
internal sealed class Activities(CallLog log, PerCall perCall)
{
    [Function(nameof(Square))]
    public async Task<int> Square([ActivityTrigger] int value, CancellationToken cancellationToken)
    {
        GC.KeepAlive(perCall);
        log.Enter($"square {value}");
        try
        {
            await Task.Delay(50, cancellationToken);
            return value * value;
        }
        finally
        {
            log.Exit();
        }
    }

    [Function(nameof(Record))]
    public string Record([ActivityTrigger] string text)
    {
        log.Enter(text);
        log.Exit();
        return text;
    }
}

/// <summary>Static activities of every return shape.</summary>
internal static class StaticActivities
{
    [Function(nameof(DoubleLine))]
    public static Task<OrderLine> DoubleLine([ActivityTrigger] OrderLine line) =>
        Task.FromResult(line with { Quantity = line.Quantity * 2 });

    [Function(nameof(Echo))]
    public static string Echo([ActivityTrigger] string text) => text;

    [Function(nameof(Fail))]
    public static Task Fail([ActivityTrigger] string message) => throw new InvalidDataException(message);
}
