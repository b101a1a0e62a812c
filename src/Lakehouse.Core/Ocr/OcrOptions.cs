using System.ComponentModel.DataAnnotations;

namespace Lakehouse.Core.Ocr;

/// <summary>
/// Document text settings, section <c>Lakehouse:Ocr</c> (environment: <c>Lakehouse__Ocr__TessdataPath</c>…). The
/// tuning values with internal setters are fixed defaults, not read from configuration.
/// </summary>
public sealed class OcrOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Lakehouse:Ocr";

    /// <summary>
    /// Folder holding <c>por.traineddata</c> and <c>eng.traineddata</c>. Default: <c>TESSDATA_PREFIX</c>, else the first
    /// system folder that has them (<c>/usr/share/tesseract-ocr/5/tessdata</c> on Debian).
    /// </summary>
    public string? TessdataPath { get; set; }

    /// <summary>Tesseract languages, <c>+</c>-separated. Default <c>por+eng</c>.</summary>
    [Required]
    [RegularExpression("^[a-z_]+(\\+[a-z_]+)*$")]
    public string Languages { get; set; } = "por+eng";

    /// <summary>Pages recognised at once, one engine each. Default: the number of cores.</summary>
    [Range(1, 256)]
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Resolution of PDF pages rendered for OCR, in dpi. Default 300.</summary>
    [Range(72, 1200)]
    public int RenderDpi { get; set; } = 300;

    /// <summary>
    /// Largest page image accepted, in pixels (width × height). Default 40,000,000 (an A4 page at 600 dpi is 35 M).
    /// Larger images are refused; larger PDF pages are rendered at a lower resolution that fits.
    /// </summary>
    [Range(1_000_000, 1_000_000_000)]
    public long MaxPagePixels { get; set; } = 40_000_000;

    /// <summary>Most pages read from one document. Default 5,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxPages { get; set; } = 5_000;

    /// <summary>A PDF page whose text layer has fewer letters and digits than this is OCR'd instead. Default 16.</summary>
    [Range(1, 10_000)]
    public int MinTextLayerCharacters { get; internal set; } = 16;

    /// <summary>
    /// Below this mean confidence (0–100) a page is straightened (orientation detection when <c>osd.traineddata</c> is
    /// installed, then Leptonica deskew) and read again; the better reading is kept. 0 turns it off. Default 70.
    /// </summary>
    [Range(0, 100)]
    public int StraightenBelowConfidence { get; internal set; } = 70;

    /// <summary>
    /// Pages tilted by at least this many degrees (Leptonica's skew estimate) are deskewed before recognition; smaller
    /// tilts are left to Tesseract, as the CLI does. 0 turns it off. Default 1.0.
    /// </summary>
    [Range(0, 45)]
    public double DeskewAboveDegrees { get; internal set; } = 1.0;

    /// <summary>Tesseract page segmentation mode. Default 3 (automatic, as the <c>tesseract</c> command).</summary>
    [Range(0, 13)]
    public int PageSegMode { get; internal set; } = 3;
}
