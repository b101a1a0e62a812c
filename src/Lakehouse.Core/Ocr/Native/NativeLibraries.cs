using System.Reflection;
using System.Runtime.InteropServices;

namespace Lakehouse.Core.Ocr.Native;

/// <summary>
/// Resolves the logical library names of the OCR interop (<c>tesseract</c>, <c>leptonica</c>) to the sonames
/// the system ships: Debian bookworm has <c>libtesseract.so.5</c> and <c>liblept.so.5</c>; newer Debian and Leptonica
/// 1.83+ name it <c>libleptonica.so.6</c>. Before Tesseract is loaded, <c>OMP_THREAD_LIMIT=1</c> is put into the
/// native environment (unless already set) so each engine keeps to one core and engines run side by side cleanly;
/// libgomp reads it once, when it is loaded, and .NET's <see cref="Environment.SetEnvironmentVariable(string, string)"/>
/// does not reach the native environment.
/// </summary>
internal static partial class NativeLibraries
{
    internal const string Tesseract = "tesseract";
    internal const string Leptonica = "leptonica";

    private static readonly string[] TesseractNames = ["libtesseract.so.5", "libtesseract.so", "libtesseract.so.4"];
    private static readonly string[] LeptonicaNames = ["liblept.so.5", "libleptonica.so.6", "libleptonica.so", "liblept.so"];
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Registers the resolver once for this assembly; later calls do nothing.</summary>
    internal static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);
            _registered = true;
        }
    }

    /// <summary>True when both libraries can be loaded; <paramref name="reason"/> says which is missing otherwise.</summary>
    internal static bool TryLoad(out string reason)
    {
        EnsureRegistered();
        foreach (var (name, candidates) in new[] { (Leptonica, LeptonicaNames), (Tesseract, TesseractNames) })
        {
            if (Load(name, candidates) == 0)
            {
                reason = $"{name} not found (tried {string.Join(", ", candidates)}); install tesseract-ocr (scripts/setup.sh)";
                return false;
            }
        }

        reason = "";
        return true;
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) => libraryName switch
    {
        Tesseract => Load(Tesseract, TesseractNames),
        Leptonica => Load(Leptonica, LeptonicaNames),
        _ => 0,
    };

    private static nint Load(string name, string[] candidates)
    {
        if (name == Tesseract)
        {
            LimitOpenMpThreads();
        }

        foreach (var candidate in candidates)
        {
            if (NativeLibrary.TryLoad(candidate, out var handle))
            {
                return handle;
            }
        }

        return 0;
    }

    private static void LimitOpenMpThreads()
    {
        // overwrite: 0 keeps a value the operator set on purpose.
        _ = SetEnv("OMP_THREAD_LIMIT", "1", 0);
    }

    [LibraryImport("libc.so.6", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
