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
}
