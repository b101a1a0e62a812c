using System.Diagnostics;
using System.Globalization;
using Lakehouse.Hosting;
using Lakehouse.OrchestrationBench;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

// Usage: Lakehouse.OrchestrationBench [runs] — medians over runs of: engine start, 200 sequential no-op activity calls,
// 50 sub-orchestrations of 4 calls each at once (the shape of an ingest of 50 objects), and the same work as plain calls.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
const int Sequential = 200;
const int Children = 50;
var start = new List<double>();
var perCall = new List<double>();
var fanOut = new List<double>();
await using var services = new ServiceCollection().BuildServiceProvider();
for (var run = 0; run <= runs; run++)
{
    var clock = Stopwatch.StartNew();
    await using var engine = await InProcessEngine.StartAsync(
        services, [typeof(BenchFunctions).Assembly], new InProcessEngineOptions { MaxConcurrentActivities = Environment.ProcessorCount + 2 });
    var started = clock.Elapsed.TotalMilliseconds;
    var sequential = await TimeAsync(engine.Client, nameof(BenchFunctions.Sequential), Sequential);
    var fanned = await TimeAsync(engine.Client, nameof(BenchFunctions.FanOut), Children);
    if (run == 0)
    {
        continue; // warm-up: JIT and first connections
    }

    start.Add(started);
    perCall.Add(sequential / Sequential);
    fanOut.Add(fanned);
    Console.Error.WriteLine($"run {run}: start {started:0} ms, sequential {sequential / Sequential:0.00} ms/call, fan-out {fanned:0} ms");
}

var direct = Stopwatch.StartNew();
var sum = 0;
for (var i = 0; i < Sequential; i++)
{
    sum += BenchFunctions.Noop(i);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $$"""
    {"runs": {{runs}}, "engine_start_ms": {{Median(start):0}}, "sequential_ms_per_call": {{Median(perCall):0.00}},
     "fan_out_50x4_ms": {{Median(fanOut):0}}, "fan_out_ms_per_call": {{Median(fanOut) / (Children * 4):0.00}},
     "direct_ms_per_call": {{direct.Elapsed.TotalMilliseconds / Sequential:0.0000}}, "checksum": {{sum}}}
    """));
return 0;

static async Task<double> TimeAsync(DurableTaskClient client, string orchestrator, int input)
{
    var clock = Stopwatch.StartNew();
    var id = await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input);
    var result = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: false);
    if (result.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
    {
        throw new InvalidOperationException($"{orchestrator} ended {result.RuntimeStatus}: {result.FailureDetails?.ErrorMessage}");
    }

    return clock.Elapsed.TotalMilliseconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
