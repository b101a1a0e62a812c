using System.Runtime.InteropServices;

using Lakehouse.Core.Ocr.Native;

namespace Lakehouse.Core.Ocr;

/// <summary>An owned Leptonica <c>PIX*</c>, destroyed with <c>pixDestroy</c>.</summary>
internal sealed class PixHandle : SafeHandle
{
    private PixHandle(nint pix)
        : base(0, ownsHandle: true) => SetHandle(pix);

    public override bool IsInvalid => handle == 0;

    /// <summary>Width in pixels.</summary>
    public int Width => LeptonicaNative.GetWidth(handle);

    /// <summary>Height in pixels.</summary>
    public int Height => LeptonicaNative.GetHeight(handle);

    /// <summary>Bits per pixel.</summary>
    public int Depth => LeptonicaNative.GetDepth(handle);

    /// <summary>Horizontal resolution from the file (0 when the file has none).</summary>
    public int Resolution => LeptonicaNative.GetXRes(handle);

    /// <summary>Wraps <paramref name="pix"/>, or returns null when it is null (Leptonica's failure value).</summary>
    public static PixHandle? Wrap(nint pix) => pix == 0 ? null : new PixHandle(pix);

    /// <summary>The raw pointer, for a call while this handle is alive.</summary>
    public nint Pointer => handle;

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        LeptonicaNative.Destroy(ref pix);
        return true;
    }
}
