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

    /// <summary>
    /// Row-count anomaly (as Deequ's anomaly checks): an object whose row count differs from the mean of the dataset's
    /// last <see cref="AnomalyHistory"/> loads by more than this fraction raises <c>row_count_anomaly</c> at
    /// <see cref="AnomalySeverity"/>. Default 0.5 (half); 0 turns the check off.
    /// </summary>
    [Range(0.0, 100.0)]
    public double MaxRowCountChange { get; set; } = 0.5;

    /// <summary>Earlier loads of the dataset the anomaly check compares with. Default 5; none yet: the check passes.</summary>
    [Range(1, 1000)]
    public int AnomalyHistory { get; set; } = 5;

    /// <summary>Severity of <c>row_count_anomaly</c>: <c>Warning</c> (default: reported, loaded), <c>Error</c> or <c>Critical</c> (not loaded).</summary>
    public FindingSeverity AnomalySeverity { get; set; } = FindingSeverity.Warning;
}
