using System.Text.Json.Serialization;

namespace Lakehouse.Core.Catalog;

/// <summary>How one stage of one object ended (<c>lakehouse.stage_results.status</c>).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<StageStatus>))]
public enum StageStatus
{
    /// <summary>Done.</summary>
    Succeeded,

    /// <summary>Threw; the error is recorded.</summary>
    Failed,
}
