namespace Lakehouse.Core.Ocr;

/// <summary>Recognises document files: by name for routing, by their first bytes for reading.</summary>
public static class DocumentFormats
{
    private static readonly string[] Extensions = [".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    /// <summary>True when <paramref name="name"/> (a file name or object key) ends in a document extension.</summary>
    public static bool IsDocumentName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The kind from the file's signature; <see cref="DocumentKind.Unknown"/> for anything else (also empty files).</summary>
    public static DocumentKind Detect(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Span<byte> head = stackalloc byte[8];
        using var file = File.OpenRead(path);
        var n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return Detect(head[..n]);
    }

    /// <summary>The kind from the first bytes of a file.</summary>
    public static DocumentKind Detect(ReadOnlySpan<byte> head) => head switch
    {
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => DocumentKind.Pdf,
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => DocumentKind.Png,
        [0xFF, 0xD8, 0xFF, ..] => DocumentKind.Jpeg,
        [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] => DocumentKind.Tiff,
        _ => DocumentKind.Unknown,
    };
}
