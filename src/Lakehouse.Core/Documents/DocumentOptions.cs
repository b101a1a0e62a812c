using System.ComponentModel.DataAnnotations;

namespace Lakehouse.Core.Documents;

/// <summary>Document validation settings, section <c>Lakehouse:Documents</c> (environment: <c>Lakehouse__Documents__MinPageConfidence</c>).</summary>
public sealed class DocumentOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Lakehouse:Documents";

    /// <summary>
    /// A page read by OCR with a mean word confidence (Tesseract, 0–100) below this is a warning in the validation report;
    /// the page is still loaded. Default 75: the real scans in <c>../shared/data/ocr</c> score 82–94 and the generated
    /// contract scans 91–96, while pages that read badly (blurred, low resolution) fall well below 75.
    /// </summary>
    [Range(0, 100)]
    public int MinPageConfidence { get; set; } = 75;
}
