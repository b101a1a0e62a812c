namespace Lakehouse.Core.Ocr;

/// <summary>Why a document cannot be read; the caller quarantines the file with this reason.</summary>
public enum DocumentRejection
{
    /// <summary>The file has no bytes.</summary>
    Empty,

    /// <summary>Not a PDF, PNG, JPEG or TIFF.</summary>
    Unsupported,

    /// <summary>The file claims a supported format but cannot be decoded.</summary>
    Corrupt,

    /// <summary>A PDF that needs a password to open.</summary>
    Encrypted,

    /// <summary>A page image larger than <see cref="OcrOptions.MaxPagePixels"/>, or more pages than <see cref="OcrOptions.MaxPages"/>.</summary>
    TooLarge,
}
