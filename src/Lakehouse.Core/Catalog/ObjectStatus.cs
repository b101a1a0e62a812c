namespace Lakehouse.Core.Catalog;

/// <summary>Statuses of a catalog object, in pipeline order.</summary>
public static class ObjectStatus
{
    /// <summary>Seen and hashed.</summary>
    public const string Registered = "registered";

    /// <summary>Masked silver Parquet written.</summary>
    public const string Transformed = "transformed";

    /// <summary>Expectations passed (warnings allowed).</summary>
    public const string Validated = "validated";

    /// <summary>In the warehouse.</summary>
    public const string Loaded = "loaded";

    /// <summary>Same bytes as an object already processed; skipped.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>No dataset recognised for its name; kept in bronze, not processed.</summary>
    public const string UnknownDataset = "unknown_dataset";

    /// <summary>A critical expectation failed; not loaded.</summary>
    public const string Rejected = "rejected";

    /// <summary>A stage failed; the error column says why.</summary>
    public const string Failed = "failed";
}
