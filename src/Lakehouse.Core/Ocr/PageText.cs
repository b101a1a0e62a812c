namespace Lakehouse.Core.Ocr;

/// <summary>How a page's text was obtained.</summary>
public enum PageTextMethod
{
    /// <summary>The PDF's own text layer (<c>pdftotext -layout</c>).</summary>
    TextLayer,

    /// <summary>Tesseract on the page image.</summary>
    Ocr,
}

/// <summary>
/// The raw text of one page, before masking: it holds personal data and must be scrubbed before it is stored or logged.
/// </summary>
/// <param name="PageNumber">1-based page number.</param>
/// <param name="Text">The recognised or extracted text.</param>
/// <param name="Confidence">Tesseract's mean word confidence, 0–100; 100 for a text layer.</param>
/// <param name="Method">Text layer or OCR.</param>
public sealed record PageText(int PageNumber, string Text, int Confidence, PageTextMethod Method)
{
    /// <summary>The method as stored: <c>text-layer</c> or <c>ocr</c>.</summary>
    public string MethodName => Method == PageTextMethod.TextLayer ? "text-layer" : "ocr";
}
