using Microsoft.Extensions.Logging;

namespace Lakehouse.Core.Collection;

/// <summary>Log messages of the collection stage (event ids 1xxx). Keys, subjects, windows and counts; never secrets or file contents.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Fetched {Source} {Subject} {Window}: {Bytes} bytes, {Rows} rows in the window, {Attempts} attempt(s)")]
    public static partial void Fetched(ILogger logger, string source, string subject, DateWindow window, int bytes, int rows, int attempts);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Retrying {Source} {Subject} {Window} in {Delay}: attempt {Attempt} ended with {Outcome}")]
    public static partial void Retrying(ILogger logger, string source, string subject, DateWindow window, TimeSpan delay, int attempt, string outcome);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Collection failed: {Reason}")]
    public static partial void FetchFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Stored {Bucket}/{Key} ({Bytes} bytes, sha256 {Sha256})")]
    public static partial void Stored(ILogger logger, string bucket, string key, long bytes, string sha256);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Unchanged {Bucket}/{Key}: the same content is already stored")]
    public static partial void Unchanged(ILogger logger, string bucket, string key);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Folder source {Source}: {Stored} stored, {Skipped} skipped, {Waiting} waiting, {Failed} failed")]
    public static partial void FolderPass(ILogger logger, string source, int stored, int skipped, int waiting, int failed);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "Folder source {Source}: file {Number} of the pass could not be read ({Error})")]
    public static partial void FolderFileFailed(ILogger logger, string source, int number, string error);
}
