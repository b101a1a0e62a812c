using Microsoft.Extensions.Logging;

namespace Lakehouse.Hosting;

/// <summary>Log messages of the in-process host (event ids 9xxx). Names, ids, counts and durations only — never payloads.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Orchestration {Orchestration} ({InstanceId}) started")]
    public static partial void OrchestrationStarted(ILogger logger, string orchestration, string instanceId);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information,
        Message = "Orchestration {Orchestration} ({InstanceId}) completed in {ElapsedMs} ms")]
    public static partial void OrchestrationCompleted(ILogger logger, string orchestration, string instanceId, long elapsedMs);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning,
        Message = "Orchestration {Orchestration} ({InstanceId}) failed with {ErrorType} after {ElapsedMs} ms")]
    public static partial void OrchestrationFailed(ILogger logger, string orchestration, string instanceId, string errorType, long elapsedMs);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Warning,
        Message = "Activity {Activity} (task {TaskId} of {InstanceId}) failed with {ErrorType}")]
    public static partial void ActivityFailed(ILogger logger, string activity, int taskId, string instanceId, string errorType);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Information,
        Message = "Retrying {Task} for {InstanceId} after attempt {Attempt} in {DelayMs} ms (orchestration time)")]
    public static partial void CallRetrying(ILogger logger, string task, string instanceId, int attempt, double delayMs);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Error,
        Message = "Orchestration {Orchestration} ({InstanceId}) failed the replay check (non-deterministic)")]
    public static partial void ReplayCheckFailed(ILogger logger, string orchestration, string instanceId);

    [LoggerMessage(EventId = 9007, Level = LogLevel.Information, Message = "Orchestration {Orchestration} ({InstanceId}) terminated")]
    public static partial void OrchestrationTerminated(ILogger logger, string orchestration, string instanceId);
}
