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

    /// <summary>Table expectations on the silver file.</summary>
    Validate,

    /// <summary>Into the star schema.</summary>
    Load,
}
