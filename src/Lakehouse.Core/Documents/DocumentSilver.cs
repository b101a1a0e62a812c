using Lakehouse.Core.Ocr;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Transform;

namespace Lakehouse.Core.Documents;

/// <summary>
/// The silver Parquet file of a document (schema <see cref="DocumentDataset.SchemaId"/>): one row per page with the
/// document id (sha256 of the bronze bytes), page number, masked text, confidence and method; the document's kind and
/// source in the footer. Written with Parquet.Net through <see cref="ParquetFileWriter"/> (Snappy, statistics).
/// </summary>
public static class DocumentSilver
{
    /// <summary>Footer key of the document's kind.</summary>
    public const string KindMetadataKey = "lakehouse.document_kind";

    /// <summary>The columns of the pages file.</summary>
    public static ParquetSchema Schema { get; } = new(
    [
        new ParquetField("document_id", ParquetType.String, Nullable: false),
        new ParquetField("page_number", ParquetType.Int32, Nullable: false),
        new ParquetField("page_text", ParquetType.String, Nullable: false),
        new ParquetField("confidence", ParquetType.Int32, Nullable: false),
        new ParquetField("method", ParquetType.String, Nullable: false),
    ]);

    /// <summary>The stored name of a document kind: <c>pdf</c>, <c>png</c>, <c>jpeg</c> or <c>tiff</c>.</summary>
    public static string KindName(DocumentKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Writes the pages (already masked) of the document <paramref name="documentId"/> to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(Stream output, string documentId, IReadOnlyList<MaskedPage> pages, IDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        await using var writer = new ParquetFileWriter(output, Schema, new ParquetWriterOptions
        {
            Metadata = metadata,
            RowGroupTargetBytes = ObjectTransformer.SilverRowGroupBytes,
            DictionaryColumns = new HashSet<string>(["document_id", "method"], StringComparer.Ordinal),
        });
        foreach (var page in pages)
        {
            await writer.WriteRowAsync([documentId, page.PageNumber, page.Text, page.Confidence, page.Method], cancellationToken);
        }
    }

    /// <summary>Reads a pages file back (one row group in memory at a time while reading).</summary>
    public static async Task<MaskedDocument> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        await using var reader = await ParquetFileReader.OpenAsync(input, cancellationToken: cancellationToken);
        var pages = new List<MaskedPage>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = await reader.ReadRowGroupAsync(g, cancellationToken);
            var number = group.Column<int>(reader.Schema.IndexOf("page_number"));
            var text = group.Column<ReadOnlyMemory<char>>(reader.Schema.IndexOf("page_text"));
            var confidence = group.Column<int>(reader.Schema.IndexOf("confidence"));
            var method = group.Column<ReadOnlyMemory<char>>(reader.Schema.IndexOf("method"));
            for (var r = 0; r < group.RowCount; r++)
            {
                pages.Add(new MaskedPage(number[r], text[r].ToString(), confidence[r], method[r].ToString()));
            }
        }

        return new MaskedDocument(reader.Metadata.GetValueOrDefault("lakehouse.schema_id", ""), reader.Metadata.GetValueOrDefault(KindMetadataKey, ""), pages);
    }
}
