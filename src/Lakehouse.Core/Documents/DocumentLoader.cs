using Lakehouse.Core.Catalog;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Warehouse;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Lakehouse.Core.Documents;

/// <summary>
/// The load stage of a document, in one transaction: upserts its <c>dw.dim_document</c> row (keyed by the catalog
/// object), replaces its pages in <c>dw.fact_document_page</c> (binary COPY; PostgreSQL computes the text vector) and
/// drops the documents of earlier versions of the same bronze key. Idempotent: loading the object again leaves the same
/// rows. Holds the warehouse-wide merge lock in shared mode, so an operator's pause (<see cref="WarehouseLoader.MergeLockId"/>)
/// pauses document loads too; documents touch no table of the Olist merges.
/// </summary>
public sealed class DocumentLoader
{
    private const string UpsertDocument = """
        INSERT INTO dw.dim_document (source_object_id, document_type, pages, ocr_pages, sha256, bronze_bucket, bronze_key)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (source_object_id) DO UPDATE SET document_type = $2, pages = $3, ocr_pages = $4, sha256 = $5,
            bronze_bucket = $6, bronze_key = $7, updated_at = now()
        RETURNING document_key
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly IObjectStore _store;
    private readonly LakeCatalog _catalog;
    private readonly LakeOptions _lake;
    private readonly ILogger<DocumentLoader> _logger;

    /// <summary>Creates the stage.</summary>
    public DocumentLoader(NpgsqlDataSource dataSource, IObjectStore store, LakeCatalog catalog, IOptions<LakeOptions> lake, ILogger<DocumentLoader> logger)
    {
        ArgumentNullException.ThrowIfNull(lake);
        _dataSource = dataSource;
        _store = store;
        _catalog = catalog;
        _lake = lake.Value;
        _logger = logger;
    }

    /// <summary>Loads the validated document <paramref name="item"/>; returns its page count.</summary>
    public async Task<long> LoadAsync(CatalogObject item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Status is not (ObjectStatus.Validated or ObjectStatus.Loaded))
        {
            throw new WarehouseLoadException($"{item.Key}: object {item.ObjectId} is '{item.Status}', only validated objects are loaded.");
        }

        MaskedDocument document;
        using (var silver = new TempFile(".parquet"))
        {
            await _store.DownloadToFileAsync(_lake.SilverBucket, item.SilverKey!, silver.Path, cancellationToken);
            await using var stream = File.OpenRead(silver.Path);
            document = await DocumentSilver.ReadAsync(stream, cancellationToken);
        }

        try
        {
            var documentKey = await WriteAsync(item, document, cancellationToken);
            DocumentLog.Loaded(_logger, item.Key, documentKey, document.Pages.Count);
        }
        catch (NpgsqlException e) when (e.IsTransient || e is PostgresException { SqlState: "40001" or "40P01" or "55P03" })
        {
            throw new TransientWarehouseException($"{item.Key}: transient PostgreSQL failure loading the document ({(e as PostgresException)?.SqlState ?? e.GetType().Name}); retry.", e);
        }
        catch (PostgresException e)
        {
            throw new WarehouseLoadException($"{item.Key}: loading the document failed in table {e.TableName ?? "dw.fact_document_page"}: {e.SqlState} {e.MessageText}", e);
        }

        await _catalog.MarkLoadedAsync(item.ObjectId, document.Pages.Count, cancellationToken);
        return document.Pages.Count;
    }

    private async Task<long> WriteAsync(CatalogObject item, MaskedDocument document, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock_shared({WarehouseLoader.MergeLockId})", cancellationToken);
        long documentKey;
        await using (var upsert = new NpgsqlCommand(UpsertDocument, connection, transaction))
        {
            foreach (var value in new object[] { item.ObjectId, document.Kind, document.Pages.Count, document.Pages.Count(p => p.Method == "ocr"), item.Sha256, item.Bucket, item.Key })
            {
                upsert.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            documentKey = (long)(await upsert.ExecuteScalarAsync(cancellationToken))!;
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM dw.fact_document_page WHERE document_key = $1", cancellationToken, documentKey);
        await ExecuteAsync(connection, transaction, "DELETE FROM dw.dim_document WHERE bronze_bucket = $1 AND bronze_key = $2 AND source_object_id < $3", cancellationToken, item.Bucket, item.Key, item.ObjectId);
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY dw.fact_document_page (document_key, page_number, page_text, confidence, method) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var page in document.Pages)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(documentKey, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(page.PageNumber, NpgsqlDbType.Integer, cancellationToken);
                // PostgreSQL text cannot hold NUL; a PDF text layer may.
                await import.WriteAsync(page.Text.Replace('\0', '\uFFFD'), NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync((short)page.Confidence, NpgsqlDbType.Smallint, cancellationToken);
                await import.WriteAsync(page.Method, NpgsqlDbType.Text, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return documentKey;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
