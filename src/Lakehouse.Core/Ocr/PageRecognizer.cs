using Lakehouse.Core.Ocr.Native;

namespace Lakehouse.Core.Ocr;

/// <summary>
/// Recognises page images on the pooled engines: one engine per concurrent page, a second reading of a weak page after
/// straightening it (orientation detection, then Leptonica deskew), the better reading kept.
/// </summary>
internal sealed class PageRecognizer : IDisposable
{
    /// <summary>OSD confidence below which a detected rotation is ignored (Tesseract calls 15 reasonably confident).</summary>
    private const float MinOrientationConfidence = 4f;

    /// <summary>Fewer recognised letters than this: a blank page, not a rotated one.</summary>
    private const int MinLettersToStraighten = 12;

    private readonly OcrOptions _options;
    private readonly TesseractEnginePool _pool;

    public PageRecognizer(OcrOptions options)
    {
        _options = options;
        if (!NativeLibraries.TryLoad(out var reason))
        {
            throw new OcrException(reason);
        }

        // Leptonica's messages quote file names and go to stderr: silence them (errors surface as null results).
        _ = LeptonicaNative.SetMsgSeverity(LeptonicaNative.SeverityNone);
        var tessdata = TessdataLocator.Find(options.TessdataPath, options.Languages);
        _pool = new TesseractEnginePool(() => TesseractEngine.Create(tessdata, options.Languages, options.PageSegMode), options.MaxDegreeOfParallelism);
    }

    /// <summary>Engines created so far.</summary>
    public int Engines => _pool.Created;

    /// <summary>
    /// Recognises <paramref name="pix"/> as page <paramref name="pageNumber"/>; <paramref name="resolution"/> is the
    /// known resolution in dpi, or 0 to use the file's (as the CLI does).
    /// </summary>
    public async Task<PageText> RecognizeAsync(PixHandle pix, int pageNumber, int resolution, CancellationToken cancellationToken)
    {
        using var lease = await _pool.RentAsync(cancellationToken);
        var engine = lease.Engine;
        using var level = Deskew(pix, _options.DeskewAboveDegrees);
        pix = level ?? pix;
        var (text, confidence) = engine.Recognize(pix, resolution);
        // A blank or nearly blank page has no confidence to speak of: nothing to straighten.
        if (confidence < _options.StraightenBelowConfidence && CountLetters(text) >= MinLettersToStraighten)
        {
            using var straight = Straighten(engine, pix);
            if (straight is not null)
            {
                var (again, againConfidence) = engine.Recognize(straight, resolution);
                if (againConfidence > confidence)
                {
                    (text, confidence) = (again, againConfidence);
                }
            }
        }

        return new PageText(pageNumber, text, confidence, PageTextMethod.Ocr);
    }

    public void Dispose() => _pool.Dispose();

    private static int CountLetters(string text) => text.Count(char.IsLetterOrDigit);

    /// <summary>A deskewed copy when Leptonica finds a tilt of at least <paramref name="minDegrees"/>, else null.</summary>
    private static PixHandle? Deskew(PixHandle pix, double minDegrees)
    {
        if (minDegrees <= 0)
        {
            return null;
        }

        int status;
        float angle, confidence;
        if (pix.Depth == 1)
        {
            status = LeptonicaNative.FindSkew(pix.Pointer, out angle, out confidence);
        }
        else
        {
            // The skew search works on a reduced binary image anyway: sample big pages down by 2 first.
            using var binary = PixHandle.Wrap(LeptonicaNative.ConvertTo1BySampling(pix.Pointer, pix.Width > 1600 ? 2 : 1, 128));
            (status, angle, confidence) = binary is null ? (1, 0f, 0f) : (LeptonicaNative.FindSkew(binary.Pointer, out var a, out var c), a, c);
        }

        return status == 0 && confidence >= 3f && Math.Abs(angle) >= minDegrees
            ? PixHandle.Wrap(LeptonicaNative.FindSkewAndDeskew(pix.Pointer, 2, out _, out _))
            : null;
    }

    /// <summary>The page turned upright and deskewed, or null when neither changes anything.</summary>
    private static PixHandle? Straighten(TesseractEngine engine, PixHandle pix)
    {
        var quads = engine.DetectQuarterTurns(pix, MinOrientationConfidence) ?? 0;
        var turned = quads == 0 ? null : PixHandle.Wrap(LeptonicaNative.RotateOrth(pix.Pointer, quads));
        var deskewed = PixHandle.Wrap(LeptonicaNative.FindSkewAndDeskew((turned ?? pix).Pointer, 2, out var angle, out var confidence));

        // Leptonica deskews only from 0.1 degree at confidence 3; below that it returns a clone of its input.
        if (deskewed is not null && Math.Abs(angle) >= 0.1f && confidence >= 3f)
        {
            turned?.Dispose();
            return deskewed;
        }

        deskewed?.Dispose();
        return turned;
    }
}
