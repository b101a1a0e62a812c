using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Hosting.Tests.TestFunctions;

/// <summary>Activities with constructor injection.</summary>
internal sealed class Activities(IGreeter greeter, ConcurrencyProbe probe)
{
    [Function(nameof(Greet))]
    public string Greet([ActivityTrigger] string name, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.InstanceServices is null ? "no services" : $"{greeter.Greet(name)} from {context.FunctionDefinition.Name}";
    }

    [Function(nameof(Square))]
    public async Task<int> Square([ActivityTrigger] int value, CancellationToken cancellationToken)
    {
        probe.Enter();
        try
        {
            await Task.Delay(10, cancellationToken);
            return value * value;
        }
        finally
        {
            probe.Exit();
        }
    }
}

/// <summary>Static activities.</summary>
internal static class StaticActivities
{
    [Function(nameof(DoubleLine))]
    public static ValueTask<OrderLine> DoubleLine([ActivityTrigger] OrderLine line) =>
        ValueTask.FromResult(line with { Quantity = line.Quantity * 2 });

    [Function(nameof(MakeCycle))]
    public static Node MakeCycle([ActivityTrigger] string? unused)
    {
        var node = new Node();
        node.Next = node;
        return node;
    }

    [Function(nameof(EchoText))]
    public static string EchoText([ActivityTrigger] string text) => text;

    [Function(nameof(Flaky))]
    public static string Flaky([ActivityTrigger] string? unused, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = (FlakyState)context.InstanceServices.GetService(typeof(FlakyState))!;
        return state.NextCallFails() ? throw new InvalidOperationException("transient failure") : "ok";
    }
}
