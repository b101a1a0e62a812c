using System.Diagnostics;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Ocr;

/// <summary>
/// Reads the text of a document file page by page: a PDF's text layer where it holds real text, otherwise Tesseract 5
/// (C API, languages <see cref="OcrOptions.Languages"/>) on the rendered page or the image, pages in parallel on
/// pooled engines. Thread-safe; keep one instance (engines are created once and reused). The returned text is raw:
/// mask it before it is stored or logged.
/// </summary>
public sealed partial class DocumentTextReader : IDisposable
{
    private readonly PageRecognizer _recognizer;
    private readonly PdfPages _pdf;
    private readonly ImagePages _images;
    private readonly ILogger _logger;

    /// <summary>Creates the reader; throws <see cref="OcrException"/> when Tesseract, Leptonica or the tessdata are missing.</summary>
    public DocumentTextReader(IOptions<OcrOptions> options, ILogger<DocumentTextReader>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _recognizer = new PageRecognizer(value);
        _pdf = new PdfPages(_recognizer, value);
        _images = new ImagePages(_recognizer, value);
        _logger = logger ?? NullLogger<DocumentTextReader>.Instance;
    }

    /// <summary>Engines created so far (at most <see cref="OcrOptions.MaxDegreeOfParallelism"/>).</summary>
    public int Engines => _recognizer.Engines;

    /// <summary>
    /// The pages of the document at <paramref name="path"/>. Throws <see cref="DocumentRejectedException"/> (naming
    /// <paramref name="documentName"/>, e.g. the object key) for an empty, unsupported, corrupt, encrypted or too large
    /// file, and <see cref="OcrException"/> when the OCR tools themselves fail.
    /// </summary>
    public async Task<DocumentText> ReadAsync(string path, string documentName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(documentName);
        var clock = Stopwatch.StartNew();
        var kind = Classify(path, documentName);
        var pages = kind == DocumentKind.Pdf
            ? await _pdf.ReadAsync(path, documentName, cancellationToken)
            : await _images.ReadAsync(path, kind, documentName, cancellationToken);
        var document = new DocumentText(kind, pages);
        LogRead(_logger, documentName, kind, pages.Count, document.OcrPages, clock.ElapsedMilliseconds);
        return document;
    }

    /// <summary>
    /// True when Tesseract, Leptonica, the tessdata for <see cref="OcrOptions.Languages"/> and poppler's <c>pdftotext</c>
    /// are all present; otherwise <paramref name="reason"/> says what to install.
    /// </summary>
    public static bool IsAvailable(OcrOptions options, out string reason)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Native.NativeLibraries.TryLoad(out reason))
        {
            return false;
        }

        try
        {
            _ = TessdataLocator.Find(options.TessdataPath, options.Languages);
        }
        catch (OcrException e)
        {
            reason = e.Message;
            return false;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        if (!path.Split(':').Any(p => p.Length > 0 && File.Exists(Path.Combine(p, "pdftoppm")) && File.Exists(Path.Combine(p, "pdftotext"))))
        {
            reason = "poppler-utils (pdftotext, pdftoppm) not found: install it (scripts/setup.sh)";
            return false;
        }

        return true;
    }

    public void Dispose() => _recognizer.Dispose();

    private static DocumentKind Classify(string path, string name)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"{name}: no file at the given path.");
        }

        if (file.Length == 0)
        {
            throw new DocumentRejectedException(name, DocumentRejection.Empty, "0 bytes");
        }

        var kind = DocumentFormats.Detect(path);
        return kind != DocumentKind.Unknown
            ? kind
            : throw new DocumentRejectedException(name, DocumentRejection.Unsupported, "not a PDF, PNG, JPEG or TIFF file");
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Read {DocumentName} ({Kind}): {Pages} pages, {OcrPages} by OCR, in {Milliseconds} ms")]
    private static partial void LogRead(ILogger logger, string documentName, DocumentKind kind, int pages, int ocrPages, long milliseconds);
}
