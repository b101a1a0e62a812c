using System.Text.Json;
using System.Text.Json.Serialization;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Transform;
using Lakehouse.Core.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Documents;

/// <summary>
/// The validate stage of a document, on its silver pages file read back: a document that could not be read (the
/// transform's <see cref="DocumentTransformer.ReadableExpectation"/>) or holds no text on any page is rejected
/// (critical); pages without text and OCR pages below <see cref="DocumentOptions.MinPageConfidence"/> are warnings. The
/// report (<see cref="ValidationReport"/>, record numbers are page numbers) goes next to the silver file as JSON and
/// the verdict into the catalog. Idempotent.
/// </summary>
public sealed class DocumentValidator
{
    /// <summary>Critical: the silver file is not a pages file of <see cref="DocumentDataset.SchemaId"/>.</summary>
    public const string SchemaExpectation = "document.schema";

    /// <summary>Critical: no page holds any letter or digit.</summary>
    public const string HasTextExpectation = "document.has_text";

    /// <summary>Warning: some pages hold no letter or digit (blank pages).</summary>
    public const string PageTextExpectation = "page.has_text";

    /// <summary>Warning: OCR pages whose mean confidence is below the threshold.</summary>
    public const string PageConfidenceExpectation = "page.min_confidence";

    private const int SamplePages = 10;
    private static readonly JsonSerializerOptions ReportJson = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };
    private readonly IObjectStore _store;
    private readonly LakeCatalog _catalog;
    private readonly LakeOptions _lake;
    private readonly DocumentOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DocumentValidator> _logger;

    /// <summary>Creates the stage.</summary>
    public DocumentValidator(IObjectStore store, LakeCatalog catalog, IOptions<LakeOptions> lake, IOptions<DocumentOptions> options, TimeProvider time, ILogger<DocumentValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(lake);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _catalog = catalog;
        _lake = lake.Value;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Validates the document <paramref name="item"/> (already transformed).</summary>
    public async Task<ValidationOutcome> ValidateAsync(CatalogObject item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var silverKey = item.SilverKey ?? throw new InvalidOperationException($"{item.Key}: not transformed yet.");
        var findings = new List<Finding>(await _catalog.GetFindingsAsync(item.ObjectId, cancellationToken));
        MaskedDocument document;
        using (var silver = new TempFile(".parquet"))
        {
            await _store.DownloadToFileAsync(_lake.SilverBucket, silverKey, silver.Path, cancellationToken);
            await using var stream = File.OpenRead(silver.Path);
            document = await DocumentSilver.ReadAsync(stream, cancellationToken);
        }

        if (!findings.Any(f => f.Severity == FindingSeverity.Critical))
        {
            findings.AddRange(Evaluate(document, _options.MinPageConfidence));
        }

        var passed = !findings.Any(f => f.Severity == FindingSeverity.Critical);
        var report = new ValidationReport(item.Key, DocumentDataset.Name, DocumentDataset.SchemaId, passed, item.RowsRead ?? 0, document.Pages.Count, 0, findings, _time.GetUtcNow())
        {
            Expectations = Results(document, findings, _options.MinPageConfidence),
        };
        var reportKey = SilverKeys.ValidationReport(silverKey);
        using (var json = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(report, ReportJson)))
        {
            await _store.PutAsync(_lake.SilverBucket, reportKey, json, cancellationToken);
        }

        var error = passed ? null : $"{item.Key}: not loaded, critical expectation(s) failed: " +
            string.Join("; ", findings.Where(f => f.Severity == FindingSeverity.Critical).Select(f => $"{f.Expectation}: {f.Message}"));
        await _catalog.MarkValidatedAsync(item.ObjectId, passed, reportKey, error, cancellationToken);
        var weak = (int)(findings.FirstOrDefault(f => f.Expectation == PageConfidenceExpectation)?.FailedRows ?? 0);
        DocumentLog.Validated(_logger, item.Key, document.Pages.Count, weak, _options.MinPageConfidence, passed);
        return new ValidationOutcome(report, reportKey, error);
    }

    /// <summary>The expectations on a readable document's pages; OCR pages below <paramref name="minPageConfidence"/> are a warning.</summary>
    public static IEnumerable<Finding> Evaluate(MaskedDocument document, int minPageConfidence)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.SchemaId != DocumentDataset.SchemaId)
        {
            yield return new Finding(SchemaExpectation, null, FindingSeverity.Critical, document.Pages.Count, [], $"schema id '{document.SchemaId}', expected '{DocumentDataset.SchemaId}'");
            yield break;
        }

        var blank = document.Pages.Where(p => !HasText(p.Text)).ToList();
        if (blank.Count == document.Pages.Count)
        {
            yield return new Finding(HasTextExpectation, "page_text", FindingSeverity.Critical, blank.Count, Sample(blank), $"no text on any of the {document.Pages.Count} page(s)");
            yield break;
        }

        if (blank.Count > 0)
        {
            yield return new Finding(PageTextExpectation, "page_text", FindingSeverity.Warning, blank.Count, Sample(blank), $"{blank.Count} of {document.Pages.Count} page(s) have no text");
        }

        var weak = document.Pages.Where(p => p.Method == "ocr" && HasText(p.Text) && p.Confidence < minPageConfidence).ToList();
        if (weak.Count > 0)
        {
            yield return new Finding(PageConfidenceExpectation, "confidence", FindingSeverity.Warning, weak.Count, Sample(weak),
                $"{weak.Count} OCR page(s) below mean confidence {minPageConfidence} (lowest {weak.Min(p => p.Confidence)})");
        }
    }

    /// <summary>
    /// Every expectation evaluated on the document, met or not, in order (for the report): after a critical failure the
    /// later ones were not evaluated and are left out.
    /// </summary>
    public static IReadOnlyList<ExpectationResult> Results(MaskedDocument document, IReadOnlyList<Finding> findings, int minPageConfidence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        var pages = $"{document.Pages.Count(p => HasText(p.Text))} of {document.Pages.Count} page(s) with text";
        var ocr = document.Pages.Where(p => p.Method == "ocr" && HasText(p.Text)).ToList();
        var lowest = ocr.Count == 0 ? "no OCR page with text" : $"lowest OCR page confidence {ocr.Min(p => p.Confidence)}";
        (string Name, string? Column, FindingSeverity Severity, string Observed, string Expected)[] all =
        [
            (DocumentTransformer.ReadableExpectation, null, FindingSeverity.Critical, "read", "a PDF, PNG, JPEG or TIFF that opens"),
            (SchemaExpectation, null, FindingSeverity.Critical, document.SchemaId, DocumentDataset.SchemaId),
            (HasTextExpectation, "page_text", FindingSeverity.Critical, pages, "text on at least one page"),
            (PageTextExpectation, "page_text", FindingSeverity.Warning, pages, "text on every page"),
            (PageConfidenceExpectation, "confidence", FindingSeverity.Warning, lowest, $"at least {minPageConfidence} on every OCR page"),
        ];
        var results = new List<ExpectationResult>();
        foreach (var (name, column, severity, observed, expected) in all)
        {
            var finding = findings.FirstOrDefault(f => f.Expectation == name);
            results.Add(finding is null ? ExpectationResult.Met(name, column, severity, observed, expected)
                : ExpectationResult.Failed(finding, name == DocumentTransformer.ReadableExpectation ? "not readable" : observed, expected));
            if (finding?.Severity == FindingSeverity.Critical)
            {
                break;
            }
        }

        results.AddRange(findings.Where(f => !all.Any(a => a.Name == f.Expectation)).Select(f => ExpectationResult.Failed(f)));
        return results;
    }

    private static bool HasText(string text) => text.Any(char.IsLetterOrDigit);

    private static List<long> Sample(List<MaskedPage> pages) => [.. pages.Take(SamplePages).Select(p => (long)p.PageNumber)];
}
