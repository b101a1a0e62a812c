using System.Text.Json.Serialization;

namespace Lakehouse.Core.Catalog;

/// <summary>
/// Where an object stands, in pipeline order: the catalog's <c>lakehouse.objects.status</c>, a run's per-object outcome,
/// the HTTP API and the CLI all use these values (as snake_case text: <see cref="EnumText"/>).
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ObjectStatus>))]
public enum ObjectStatus
{
    /// <summary>Seen and hashed.</summary>
    Registered,

    /// <summary>Masked silver Parquet written.</summary>
    Transformed,

    /// <summary>Expectations passed (warnings allowed).</summary>
    Validated,

    /// <summary>In the warehouse.</summary>
    Loaded,

    /// <summary>Same bytes as an object already processed; skipped.</summary>
    Duplicate,

    /// <summary>No dataset recognised for its name; kept in bronze, not processed.</summary>
    UnknownDataset,

    /// <summary>A critical expectation failed; not loaded.</summary>
    Rejected,

    /// <summary>A stage failed; the error says why.</summary>
    Failed,

    /// <summary>A run's outcome only, never a catalog status: the object was already loaded, so the run did nothing.</summary>
    Skipped,
}
