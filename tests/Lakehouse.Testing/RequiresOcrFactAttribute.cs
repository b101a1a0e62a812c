using Lakehouse.Core.Embedded;
using Lakehouse.Core.Ocr;

using Xunit;

namespace Lakehouse.Testing;

/// <summary>
/// A fact that is skipped when Tesseract (libtesseract, Leptonica, por+eng tessdata) or poppler-utils are not installed
/// (<c>scripts/setup.sh</c> installs them), or, with <see cref="NeedsSharedPages"/>, when the real scanned pages in
/// <c>../shared/data/ocr</c> are absent, or, with <see cref="NeedsPostgresBinaries"/>, when the PostgreSQL binaries for
/// an embedded cluster are not installed.
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

    /// <summary>Also skip when no PostgreSQL binaries are installed (see <see cref="EmbeddedPostgres.FindBinaries"/>).</summary>
    public bool NeedsPostgresBinaries
    {
        get => false;
        init
        {
            if (value && Skip is null && EmbeddedPostgres.FindBinaries() is null)
            {
                Skip = "PostgreSQL binaries not found (install postgresql or set LAKEHOUSE_PG_BIN)";
            }
        }
    }
}
