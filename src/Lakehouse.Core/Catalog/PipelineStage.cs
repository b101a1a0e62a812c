using System.Text.Json.Serialization;

namespace Lakehouse.Core.Catalog;

/// <summary>The stages of one object, in order (<c>lakehouse.stage_results.stage</c>).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PipelineStage>))]
public enum PipelineStage
{
    /// <summary>Hash, recognise, catalog.</summary>
    Register,

    /// <summary>Parse, mask, write silver Parquet.</summary>
    Transform,

    /// <summary>Table expectations on the silver file (in a run, all but those that consult the warehouse when <see cref="References"/> follows).</summary>
    Validate,

    /// <summary>
    /// In a run, the expectations that consult the warehouse (referential integrity), at the object's load turn, counted on
    /// the rows its load has staged, and the verdict; recorded only for datasets that have them, within their load.
    /// </summary>
    References,

    /// <summary>Into the star schema.</summary>
    Load,
}
