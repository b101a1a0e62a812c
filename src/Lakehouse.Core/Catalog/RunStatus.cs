using System.Text.Json.Serialization;

namespace Lakehouse.Core.Catalog;

/// <summary>Where a run stands (<c>lakehouse.runs.status</c>).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<RunStatus>))]
public enum RunStatus
{
    /// <summary>Started, not finished.</summary>
    Running,

    /// <summary>No object failed or was rejected.</summary>
    Succeeded,

    /// <summary>Some objects loaded, some failed or were rejected.</summary>
    Partial,

    /// <summary>Objects failed or were rejected and none loaded.</summary>
    Failed,

    /// <summary>
    /// The process running it ended before the run did (Ctrl-C, <c>kill -9</c>, a crash): marked by the CLI that owned
    /// it, at once or at its next start (<see cref="LakeCatalog.InterruptRunsAsync"/>). Running the same command again
    /// finishes the work; what was loaded stays loaded.
    /// </summary>
    Interrupted,
}
