namespace Lakehouse.Core.Ocr;

/// <summary>The kind of a document file, recognised from its first bytes.</summary>
public enum DocumentKind
{
    /// <summary>Not a supported document.</summary>
    Unknown,

    /// <summary>PDF.</summary>
    Pdf,

    /// <summary>PNG image.</summary>
    Png,

    /// <summary>JPEG image.</summary>
    Jpeg,

    /// <summary>TIFF image, one or more pages.</summary>
    Tiff,
}

/// <summary>The pages of one document in page order (raw text: mask before storing).</summary>
/// <param name="Kind">The file's kind.</param>
/// <param name="Pages">Every page, 1..n.</param>
public sealed record DocumentText(DocumentKind Kind, IReadOnlyList<PageText> Pages)
{
    /// <summary>Pages whose text came from OCR.</summary>
    public int OcrPages => Pages.Count(p => p.Method == PageTextMethod.Ocr);
}
