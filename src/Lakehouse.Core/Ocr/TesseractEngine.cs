using System.Runtime.InteropServices;

using Lakehouse.Core.Ocr.Native;

namespace Lakehouse.Core.Ocr;

/// <summary>
/// One Tesseract engine (<c>TessBaseAPI</c>) initialised once with the configured languages and reused page after
/// page; not thread-safe, so <see cref="TesseractEnginePool"/> lends it to one worker at a time. The orientation
/// engine (<c>osd</c>) is created on first use, when <c>osd.traineddata</c> is installed.
/// </summary>
internal sealed class TesseractEngine : IDisposable
{
    private readonly string _tessdata;
    private nint _api;
    private nint _osd;
    private bool _osdTried;

    private TesseractEngine(string tessdata, nint api)
    {
        _tessdata = tessdata;
        _api = api;
    }

    /// <summary>Creates and initialises an engine; throws <see cref="OcrException"/> when the data cannot be loaded.</summary>
    public static TesseractEngine Create(string tessdata, string languages, int pageSegMode)
    {
        var api = CreateApi(tessdata, languages, TesseractNative.OemDefault);
        TesseractNative.SetPageSegMode(api, pageSegMode);
        return new TesseractEngine(tessdata, api);
    }

    /// <summary>
    /// Recognises <paramref name="pix"/>: the UTF-8 text and the mean word confidence (0–100). <paramref name="resolution"/>
    /// is the dpi when known (rendered PDF pages); 0 keeps the file's own or Tesseract's estimate, as the CLI does.
    /// </summary>
    public (string Text, int Confidence) Recognize(PixHandle pix, int resolution)
    {
        ObjectDisposedException.ThrowIf(_api == 0, this);
        TesseractNative.SetImage2(_api, pix.Pointer);
        if (resolution > 0)
        {
            TesseractNative.SetSourceResolution(_api, resolution);
        }

        try
        {
            if (TesseractNative.Recognize(_api, 0) != 0)
            {
                throw new OcrException("Tesseract could not recognise a page (TessBaseAPIRecognize failed).");
            }

            var text = TesseractNative.TakeText(TesseractNative.GetUtf8Text(_api));
            return (text, Math.Clamp(TesseractNative.MeanTextConf(_api), 0, 100));
        }
        finally
        {
            TesseractNative.Clear(_api);
            GC.KeepAlive(pix);
        }
    }

    /// <summary>
    /// Clockwise quarter turns that make the page upright (0–3) when the orientation engine is confident, else null
    /// (also when <c>osd.traineddata</c> is not installed).
    /// </summary>
    public int? DetectQuarterTurns(PixHandle pix, float minConfidence)
    {
        var osd = OsdApi();
        if (osd == 0)
        {
            return null;
        }

        TesseractNative.SetImage2(osd, pix.Pointer);
        try
        {
            if (TesseractNative.DetectOrientationScript(osd, out var degrees, out var confidence, 0, 0) == 0 || confidence < minConfidence)
            {
                return null;
            }

            // Tesseract reports the page's clockwise rotation; turning it back (360 - degrees) clockwise makes it upright.
            return (4 - (degrees / 90 % 4)) % 4;
        }
        finally
        {
            TesseractNative.Clear(osd);
            GC.KeepAlive(pix);
        }
    }

    /// <summary>True when <c>osd.traineddata</c> is in the tessdata folder.</summary>
    public bool HasOrientationData => File.Exists(Path.Combine(_tessdata, "osd.traineddata"));

    public void Dispose()
    {
        Destroy(ref _api);
        Destroy(ref _osd);
    }

    private nint OsdApi()
    {
        if (!_osdTried)
        {
            _osdTried = true;
            if (HasOrientationData)
            {
                // osd.traineddata holds only the legacy classifier: engine mode 0 (TESSERACT_ONLY).
                _osd = CreateApi(_tessdata, "osd", 0);
            }
        }

        return _osd;
    }

    private static nint CreateApi(string tessdata, string languages, int mode)
    {
        NativeLibraries.EnsureRegistered();
        var api = TesseractNative.Create();
        if (api == 0)
        {
            throw new OcrException("TessBaseAPICreate returned no engine.");
        }

        // debug_file: Tesseract's own messages (resolution estimates, warnings) go nowhere instead of stderr.
        var names = new[] { Marshal.StringToCoTaskMemUTF8("debug_file") };
        var values = new[] { Marshal.StringToCoTaskMemUTF8("/dev/null") };
        try
        {
            if (TesseractNative.Init4(api, tessdata, languages, mode, 0, 0, names, values, 1, 0) != 0)
            {
                TesseractNative.Delete(api);
                throw new OcrException($"Tesseract could not load '{languages}' from {tessdata} (install tesseract-ocr-por, or set Lakehouse__Ocr__TessdataPath).");
            }
        }
        finally
        {
            Marshal.FreeCoTaskMem(names[0]);
            Marshal.FreeCoTaskMem(values[0]);
        }

        return api;
    }

    private static void Destroy(ref nint api)
    {
        if (api != 0)
        {
            TesseractNative.End(api);
            TesseractNative.Delete(api);
            api = 0;
        }
    }
}
