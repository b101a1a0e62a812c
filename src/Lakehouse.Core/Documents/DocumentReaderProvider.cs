using Lakehouse.Core.Ocr;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Documents;

/// <summary>
/// The process's one <see cref="DocumentTextReader"/>, created on first use: Tesseract's engines load only when a
/// document arrives, and a machine without the OCR tools still runs every tabular dataset. When the tools are missing,
/// <see cref="Reader"/> throws the <see cref="OcrException"/> saying what to install (on every call, not once).
/// </summary>
public sealed class DocumentReaderProvider : IDisposable
{
    private readonly IOptions<OcrOptions> _options;
    private readonly ILogger<DocumentTextReader> _logger;
    private readonly Lock _gate = new();
    private DocumentTextReader? _reader;
    private bool _disposed;

    /// <summary>Creates the provider; nothing is loaded yet.</summary>
    public DocumentReaderProvider(IOptions<OcrOptions> options, ILogger<DocumentTextReader> logger)
    {
        _options = options;
        _logger = logger;
    }

    /// <summary>The reader; <see cref="OcrException"/> when Tesseract, Leptonica or the tessdata are missing.</summary>
    public DocumentTextReader Reader
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return _reader ??= new DocumentTextReader(_options, _logger);
            }
        }
    }

    /// <summary>Releases the engines, if they were created.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _reader?.Dispose();
            _reader = null;
        }
    }
}
