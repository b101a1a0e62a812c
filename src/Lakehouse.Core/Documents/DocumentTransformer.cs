using Lakehouse.Core.Catalog;
using Lakehouse.Core.Masking;
using Lakehouse.Core.Ocr;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Transform;
using Lakehouse.Core.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Documents;

/// <summary>
/// The transform stage of a document: downloads the bronze object to a temporary file, reads its pages
/// (<see cref="DocumentTextReader"/>: text layer or OCR), masks every page with <see cref="DocumentScrubber"/> before
/// anything is written or logged, writes the silver pages file (<see cref="DocumentSilver"/>) and records the counts
/// (rows = pages). The raw text never leaves this method. A file that cannot be read (<see cref="DocumentRejectedException"/>:
/// empty, unsupported, corrupt, encrypted, too large) is quarantined: an empty pages file and a critical
/// <see cref="ReadableExpectation"/> finding with the reason, so the validate stage rejects it and nothing is loaded. An
/// <see cref="OcrException"/> (the OCR tools themselves) fails the stage, naming the object. Idempotent.
/// </summary>
public sealed class DocumentTransformer
{
    /// <summary>The expectation a document that cannot be read fails (critical).</summary>
    public const string ReadableExpectation = "document.readable";

    private readonly IObjectStore _store;
    private readonly LakeCatalog _catalog;
    private readonly DocumentReaderProvider _readers;
    private readonly LakeOptions _lake;
    private readonly ILogger<DocumentTransformer> _logger;

    /// <summary>Creates the stage.</summary>
    public DocumentTransformer(IObjectStore store, LakeCatalog catalog, DocumentReaderProvider readers, IOptions<LakeOptions> lake, ILogger<DocumentTransformer> logger)
    {
        ArgumentNullException.ThrowIfNull(lake);
        _store = store;
        _catalog = catalog;
        _readers = readers;
        _lake = lake.Value;
        _logger = logger;
    }

    /// <summary>Transforms the document <paramref name="item"/> (a catalog object of the documents dataset).</summary>
    /// <exception cref="OcrException">The OCR tools are missing or failed; the object is marked failed.</exception>
    public async Task<TransformResult> TransformAsync(CatalogObject item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!DocumentDataset.Is(item.Dataset))
        {
            throw new InvalidOperationException($"{item.Key}: object {item.ObjectId} is not a document (dataset '{item.Dataset}').");
        }

        var silverKey = SilverKeys.For(item.Key, item.Sha256);
        var (kind, pages, findings) = await ReadMaskedAsync(item, cancellationToken);
        using (var silver = new TempFile(".parquet"))
        {
            await using (var output = new FileStream(silver.Path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                await DocumentSilver.WriteAsync(output, item.Sha256, pages, Metadata(item, kind), cancellationToken);
            }

            await _store.PutFileAsync(_lake.SilverBucket, silverKey, silver.Path, cancellationToken);
        }

        await _catalog.MarkTransformedAsync(item.ObjectId, silverKey, null, pages.Count, pages.Count, 0, findings, cancellationToken);
        var ocrPages = pages.Count(p => p.Method == "ocr");
        DocumentLog.Transformed(_logger, item.Key, kind, pages.Count, ocrPages);
        return new TransformResult(silverKey, null, pages.Count, pages.Count, 0, findings);
    }

    /// <summary>The masked pages, or none and the rejection finding when the file cannot be read.</summary>
    private async Task<(string Kind, IReadOnlyList<MaskedPage> Pages, IReadOnlyList<Finding> Findings)> ReadMaskedAsync(CatalogObject item, CancellationToken cancellationToken)
    {
        using var bronze = new TempFile(".document"); // the reader recognises the format from the first bytes
        await _store.DownloadToFileAsync(item.Bucket, item.Key, bronze.Path, cancellationToken);
        try
        {
            var document = await _readers.Reader.ReadAsync(bronze.Path, item.Key, cancellationToken);
            var masked = DocumentScrubber.Default.ScrubPages([.. document.Pages.Select(p => (p.Text, p.Method == PageTextMethod.Ocr))]);
            var pages = document.Pages.Select((p, i) => new MaskedPage(p.PageNumber, masked[i], p.Confidence, p.MethodName)).ToList();
            return (DocumentSilver.KindName(document.Kind), pages, []);
        }
        catch (DocumentRejectedException e)
        {
            var reason = e.Message.StartsWith(item.Key + ": ", StringComparison.Ordinal) ? e.Message[(item.Key.Length + 2)..] : e.Message;
            DocumentLog.Rejected(_logger, item.Key, reason);
            return ("", [], [new Finding(ReadableExpectation, null, FindingSeverity.Critical, 1, [], reason)]);
        }
        catch (OcrException e)
        {
            var error = $"{item.Key}: document text could not be read: {e.Message}";
            await _catalog.SetStatusAsync(item.ObjectId, ObjectStatus.Failed, error, cancellationToken);
            throw new OcrException(error, e);
        }
    }

    private static Dictionary<string, string> Metadata(CatalogObject item, string kind) => new()
    {
        ["lakehouse.dataset"] = DocumentDataset.Name,
        ["lakehouse.schema_id"] = DocumentDataset.SchemaId,
        ["lakehouse.source_key"] = $"{item.Bucket}/{item.Key}",
        ["lakehouse.source_sha256"] = item.Sha256,
        ["lakehouse.masking"] = "document-scrubber/v1",
        [DocumentSilver.KindMetadataKey] = kind,
    };
}
