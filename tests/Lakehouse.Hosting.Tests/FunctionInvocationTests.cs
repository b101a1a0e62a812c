using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Hosting.Tests;

public sealed class FunctionInvocationTests
{
    public static TheoryData<string, object?> ReturnShapes => new()
    {
        { nameof(Shapes.Plain), 7 },
        { nameof(Shapes.TaskOfT), 7 },
        { nameof(Shapes.ValueTaskOfT), 7 },
        { nameof(Shapes.PlainTask), null },
        { nameof(Shapes.PlainValueTask), null },
        { nameof(Shapes.Void), null },
    };

    [Theory]
    [MemberData(nameof(ReturnShapes))]
    public async Task InvokeAsync_EveryReturnShape_AwaitsAndReturnsTheResult(string method, object? expected)
    {
        var info = typeof(Shapes).GetMethod(method)!;

        var result = await FunctionInvocation.InvokeAsync(info, new ServiceCollection().BuildServiceProvider(), [3]);

        Assert.Equal(expected, result);
        Assert.Equal(expected is null ? typeof(object) : typeof(int), FunctionInvocation.ResultType(info.ReturnType));
    }

    [Fact]
    public async Task InvokeAsync_MethodThrows_SurfacesTheOriginalException()
    {
        var info = typeof(Shapes).GetMethod(nameof(Shapes.Throws))!;

        await Assert.ThrowsAsync<InvalidDataException>(() => FunctionInvocation.InvokeAsync(info, new ServiceCollection().BuildServiceProvider(), [3]));
    }

    public static class Shapes
    {
        public static int Plain(int x) => x + 4;

        public static Task<int> TaskOfT(int x) => Task.FromResult(x + 4);

        public static async ValueTask<int> ValueTaskOfT(int x)
        {
            await Task.Yield();
            return x + 4;
        }

        public static Task PlainTask(int x) => Task.Delay(x);

        public static ValueTask PlainValueTask(int x) => ValueTask.CompletedTask;

        public static void Void(int x)
        {
        }

        public static int Throws(int x) => throw new InvalidDataException($"bad {x}");
    }
}
