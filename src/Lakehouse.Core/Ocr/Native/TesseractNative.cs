using System.Runtime.InteropServices;

namespace Lakehouse.Core.Ocr.Native;

/// <summary>
/// The few functions of Tesseract's C API (<c>include/tesseract/capi.h</c>, 5.x) the engine uses. Handles are raw
/// pointers owned by <see cref="TesseractEngine"/>; strings the library returns are freed with
/// <see cref="DeleteText"/>.
/// </summary>
internal static partial class TesseractNative
{
    /// <summary><c>TessOcrEngineMode</c>: LSTM only (what the CLI's default resolves to with LSTM models).</summary>
    internal const int OemDefault = 3;

    /// <summary><c>TessPageSegMode</c> <c>PSM_AUTO</c>: the CLI's default (the API's own default is a single block).</summary>
    internal const int PsmAuto = 3;

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessVersion")]
    internal static partial nint Version();

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPICreate")]
    internal static partial nint Create();

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIDelete")]
    internal static partial void Delete(nint handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIEnd")]
    internal static partial void End(nint handle);

    /// <summary>
    /// <c>TessBaseAPIInit4</c>: datapath, languages, engine mode, no config files, and init-time variables as two
    /// parallel arrays of UTF-8 string pointers. Returns 0 on success.
    /// </summary>
    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIInit4", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Init4(
        nint handle, string dataPath, string language, int mode, nint configs, int configsSize,
        nint[] varNames, nint[] varValues, nuint varCount, int setOnlyNonDebugParams);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetVariable(nint handle, string name, string value);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetPageSegMode")]
    internal static partial void SetPageSegMode(nint handle, int mode);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetImage2")]
    internal static partial void SetImage2(nint handle, nint pix);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetSourceResolution")]
    internal static partial void SetSourceResolution(nint handle, int ppi);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIRecognize")]
    internal static partial int Recognize(nint handle, nint monitor);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIGetUTF8Text")]
    internal static partial nint GetUtf8Text(nint handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIMeanTextConf")]
    internal static partial int MeanTextConf(nint handle);

    /// <summary>
    /// <c>TessBaseAPIDetectOrientationScript</c> (needs an engine initialised with <c>osd</c>): the page's clockwise
    /// rotation in degrees (0, 90, 180, 270) and its confidence (15 is reasonably confident). Script outputs unused.
    /// </summary>
    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIDetectOrientationScript")]
    internal static partial int DetectOrientationScript(nint handle, out int orientDeg, out float orientConf, nint scriptName, nint scriptConf);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIClear")]
    internal static partial void Clear(nint handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessDeleteText")]
    internal static partial void DeleteText(nint text);

    /// <summary>Copies a UTF-8 string the library allocated and frees it; null gives "".</summary>
    internal static string TakeText(nint text)
    {
        if (text == 0)
        {
            return "";
        }

        try
        {
            return Marshal.PtrToStringUTF8(text) ?? "";
        }
        finally
        {
            DeleteText(text);
        }
    }
}
