using System.Net;
using Amazon.S3;
using Lakehouse.Core.Storage;
using Lakehouse.Functions.Activities;
using Lakehouse.Functions.Orchestrations;
using Lakehouse.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Functions.Tests;

/// <summary>The app's retry policy (<see cref="Retries.Transient"/>) evaluated by the real engine.</summary>
public sealed class RetryPolicyTests
{
    [Theory]
    [InlineData("s3-503")]
    [InlineData("io")]
    public async Task TransientFailure_FirstAttempt_IsRetriedAndSucceeds(string failure)
    {
        var (result, attempts) = await RunAsync(failure);

        Assert.Equal("ok", result);
        Assert.Equal(2, attempts);
    }

    [Theory]
    [InlineData("s3-403")]
    [InlineData("bad-data")]
    public async Task PermanentFailure_IsNotRetried(string failure)
    {
        var (result, attempts) = await RunAsync(failure);

        Assert.StartsWith("failed:", result, StringComparison.Ordinal);
        Assert.Equal(1, attempts);
    }

    private static async Task<(string Result, int Attempts)> RunAsync(string failure)
    {
        var attempts = new Attempts();
        await using var services = new ServiceCollection().AddSingleton(attempts).BuildServiceProvider();
        await using var engine = await InProcessEngine.StartAsync(services, [typeof(RetryPolicyTests).Assembly]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(RetryProbe.CallStage), failure, timeout.Token);
        var metadata = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);

        return (metadata.ReadOutputAs<string>()!, attempts.Count);
    }

    internal sealed class Attempts
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public int Next() => Interlocked.Increment(ref _count);
    }

    internal static class RetryProbe
    {
        [Function(nameof(CallStage))]
        public static async Task<string> CallStage([OrchestrationTrigger] TaskOrchestrationContext context, string failure)
        {
            try
            {
                return await context.CallActivityAsync<string>(nameof(FailingStage.FailOnce), failure, Retries.Transient);
            }
            catch (TaskFailedException e)
            {
                return $"failed: {e.FailureDetails.ErrorType}";
            }
        }
    }

    internal sealed class FailingStage(Attempts attempts)
    {
        [Function(nameof(FailOnce))]
        public Task<string> FailOnce([ActivityTrigger] string failure, CancellationToken cancellationToken) =>
            TransientFailures.RunAsync(
                "probe stage",
                () => attempts.Next() == 1 ? throw Failure(failure) : Task.FromResult("ok"),
                cancellationToken);

        private static Exception Failure(string failure) => failure switch
        {
            "s3-503" => new ObjectStoreException("S3 Put failed", new AmazonS3Exception("Service Unavailable") { StatusCode = HttpStatusCode.ServiceUnavailable }),
            "s3-403" => new ObjectStoreException("S3 Put failed", new AmazonS3Exception("Access Denied") { StatusCode = HttpStatusCode.Forbidden }),
            "io" => new IOException("disk hiccup"),
            _ => new InvalidDataException("row 3: rule type_timestamp"),
        };
    }
}
