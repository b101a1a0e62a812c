using System.ComponentModel.DataAnnotations;

namespace Lakehouse.Core.Validation;

/// <summary>Table-level thresholds, section <c>Lakehouse:Validation</c>.</summary>
public sealed class ValidationOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Lakehouse:Validation";

    /// <summary>
    /// Largest fraction of an object's rows that may be quarantined before the object is rejected (a critical
    /// failure: the file is probably the wrong one or broken as a whole). Default 0.5; between 0 and 1.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MaxQuarantinedFraction { get; set; } = 0.5;
}
