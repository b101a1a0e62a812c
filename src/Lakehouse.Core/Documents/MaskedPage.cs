namespace Lakehouse.Core.Documents;

/// <summary>One page of a document as stored in silver and the warehouse: its text already masked.</summary>
/// <param name="PageNumber">1-based page number.</param>
/// <param name="Text">The page text after <see cref="Masking.DocumentScrubber"/>.</param>
/// <param name="Confidence">Tesseract's mean word confidence, 0–100; 100 for a PDF text layer.</param>
/// <param name="Method"><c>text-layer</c> or <c>ocr</c>.</param>
public sealed record MaskedPage(int PageNumber, string Text, int Confidence, string Method);

/// <summary>A document's silver file read back.</summary>
/// <param name="SchemaId">The schema id in the file's footer (<see cref="DocumentDataset.SchemaId"/>).</param>
/// <param name="Kind"><c>pdf</c>, <c>png</c>, <c>jpeg</c> or <c>tiff</c>; empty when the file could not be read.</param>
/// <param name="Pages">The pages in file order.</param>
public sealed record MaskedDocument(string SchemaId, string Kind, IReadOnlyList<MaskedPage> Pages);
