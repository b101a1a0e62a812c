namespace Lakehouse.Core.Ocr;

/// <summary>
/// The OCR machinery itself failed or is missing (Tesseract, Leptonica, tessdata, poppler-utils): not the document's
/// fault, so the caller retries or fails the run rather than quarantining the file.
/// </summary>
public sealed class OcrException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OcrException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public OcrException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public OcrException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
