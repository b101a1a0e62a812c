using System.Runtime.InteropServices;

namespace Lakehouse.Core.Ocr.Native;

/// <summary>
/// The Leptonica functions the OCR path uses (<c>src/allheaders.h</c>, 1.82): reading headers and pages, counting TIFF
/// pages, rotating and deskewing. <c>PIX*</c> values are wrapped in <see cref="PixHandle"/> as soon as they are returned.
/// </summary>
internal static partial class LeptonicaNative
{
    /// <summary><c>L_SEVERITY_NONE</c>: Leptonica prints nothing to stderr (its messages may quote file names).</summary>
    internal const int SeverityNone = 6;

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "setMsgSeverity")]
    internal static partial int SetMsgSeverity(int severity);

    /// <summary><c>pixReadHeader</c>: format and size without decoding the pixels (first page of a TIFF). 0 = ok.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixReadHeader", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ReadHeader(string fileName, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int isColormapped);

    /// <summary><c>readHeaderTiff</c>: size of page <paramref name="page"/> (0-based) of a TIFF. 0 = ok.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "readHeaderTiff", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ReadHeaderTiff(string fileName, int page, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int resolution, out int colormap, out int format);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "fopenReadStream", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint FOpenReadStream(string fileName);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "lept_fclose")]
    internal static partial int FClose(nint file);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "tiffGetCount")]
    internal static partial int TiffGetCount(nint file, out int count);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixRead", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint Read(string fileName);

    /// <summary><c>pixReadTiff</c>: page <paramref name="page"/> (0-based) of a TIFF.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixReadTiff", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint ReadTiff(string fileName, int page);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixDestroy")]
    internal static partial void Destroy(ref nint pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetWidth")]
    internal static partial int GetWidth(nint pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetHeight")]
    internal static partial int GetHeight(nint pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetXRes")]
    internal static partial int GetXRes(nint pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSetResolution")]
    internal static partial int SetResolution(nint pix, int xres, int yres);

    /// <summary><c>pixRotateOrth</c>: a new pix turned clockwise by <paramref name="quads"/> quarter turns.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixRotateOrth")]
    internal static partial nint RotateOrth(nint pix, int quads);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetDepth")]
    internal static partial int GetDepth(nint pix);

    /// <summary><c>pixConvertTo1BySampling</c>: a 1 bpp copy subsampled by <paramref name="factor"/>, dark below <paramref name="threshold"/>.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixConvertTo1BySampling")]
    internal static partial nint ConvertTo1BySampling(nint pix, int factor, int threshold);

    /// <summary><c>pixFindSkew</c> (1 bpp only): the skew angle in degrees and its confidence (3 and above is trustworthy). 0 = ok.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixFindSkew")]
    internal static partial int FindSkew(nint pix, out float angle, out float confidence);

    /// <summary><c>pixFindSkewAndDeskew</c>: a deskewed copy (or a clone when no skew is found) and the angle in degrees.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixFindSkewAndDeskew")]
    internal static partial nint FindSkewAndDeskew(nint pix, int reductionSearch, out float angle, out float confidence);
}
