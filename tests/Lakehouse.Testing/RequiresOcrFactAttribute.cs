using Lakehouse.Core.Ocr;

using Xunit;

namespace Lakehouse.Testing;

/// <summary>
/// A fact that is skipped when Tesseract (libtesseract, Leptonica, por+eng tessdata) or poppler-utils are not installed
/// (<c>scripts/setup.sh</c> installs them), or, with <see cref="NeedsSharedPages"/>, when the real scanned pages in
/// <c>../shared/data/ocr</c> are absent.
/// </summary>
public sealed class RequiresOcrFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the OCR tools are missing.</summary>
    public RequiresOcrFactAttribute()
    {
        if (!DocumentTextReader.IsAvailable(new OcrOptions(), out var reason))
        {
            Skip = $"OCR tools missing: {reason}";
        }
    }

    /// <summary>Also skip when <c>../shared/data/ocr</c> is absent.</summary>
    public bool NeedsSharedPages
    {
        get => false;
        init
        {
            if (value && Skip is null && !Directory.Exists(RepoPaths.OcrData))
            {
                Skip = "real scanned pages not present at ../shared/data/ocr (tests that need them are skipped)";
            }
        }
    }
}
