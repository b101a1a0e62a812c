using Lakehouse.Core.Datasets;
using Lakehouse.Core.Ocr;

namespace Lakehouse.Core.Documents;

/// <summary>
/// The documents dataset: PDFs and page images (PNG, JPEG, TIFF) whose masked page text goes to silver
/// (<see cref="DocumentSilver"/>) and to <c>dw.dim_document</c> / <c>dw.fact_document_page</c>. A bronze object is a
/// document when it lies under <c>docs/</c> or has a document extension, unless its name is an Olist file's; or when
/// the dataset is named explicitly.
/// </summary>
public static class DocumentDataset
{
    /// <summary>The dataset's name in the catalog.</summary>
    public const string Name = "documents";

    /// <summary>The silver schema of pages (<see cref="DocumentSilver.Schema"/>), versioned.</summary>
    public const string SchemaId = "docs.pages/v1";

    /// <summary>Bronze prefix of documents (<c>docs/ingest_date=YYYY-MM-DD/{file}</c>).</summary>
    public const string Prefix = "docs/";

    /// <summary>
    /// Load tier within a run (see <see cref="DatasetDefinition.LoadTier"/>): the Olist facts' tier, 2. Documents look
    /// nothing up in the Olist dimensions, so they need not wait for the facts, and no Olist object waits for them (a
    /// long OCR would otherwise hold back the orders).
    /// </summary>
    public const int LoadTier = 2;

    /// <summary>True when <paramref name="dataset"/> names the documents dataset.</summary>
    public static bool Is(string? dataset) => string.Equals(dataset, Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the object at <paramref name="key"/> is a document: <paramref name="dataset"/> names this dataset, or
    /// none is given, the name is no Olist file's, and the key is under <see cref="Prefix"/> or has a document extension.
    /// </summary>
    public static bool Matches(string key, string? dataset)
    {
        ArgumentNullException.ThrowIfNull(key);
        return dataset is null
            ? OlistDatasets.Recognize(key) is null && (key.StartsWith(Prefix, StringComparison.Ordinal) || DocumentFormats.IsDocumentName(key))
            : Is(dataset);
    }
}
