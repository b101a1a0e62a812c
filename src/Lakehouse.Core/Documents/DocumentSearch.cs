using Microsoft.Extensions.Logging;
using Npgsql;

namespace Lakehouse.Core.Documents;

/// <summary>
/// Full-text search over the masked pages in the warehouse: <c>websearch_to_tsquery</c> in the Portuguese configuration
/// without accents (<c>dw.pt_unaccent</c>: quotes for phrases, <c>or</c>, <c>-word</c>), pages ranked by <c>ts_rank</c>
/// through the GIN index, each with a <c>ts_headline</c> snippet of its masked text. Used by <c>lakehouse docs search</c>
/// and <c>GET /api/documents/search</c>. The query is never logged (it may name a person).
/// </summary>
public sealed class DocumentSearch
{
    /// <summary>Most hits one search returns.</summary>
    public const int MaxLimit = 100;

    /// <summary>Marks the start of a match in a snippet.</summary>
    public const string StartMark = "«";

    /// <summary>Marks the end of a match in a snippet.</summary>
    public const string StopMark = "»";

    // Ranked first, snippets only for the pages returned: ts_headline re-parses the whole page text.
    private const string Sql = $"""
        WITH q AS (SELECT websearch_to_tsquery('dw.pt_unaccent', $1) AS query),
        top AS (
            SELECT p.document_key, p.page_number, p.page_text, ts_rank(p.page_tsv, q.query) AS rank, q.query
            FROM dw.fact_document_page p, q
            WHERE p.page_tsv @@ q.query
            ORDER BY rank DESC, p.document_key, p.page_number
            LIMIT $2)
        SELECT d.bronze_bucket, d.bronze_key, d.document_type, top.page_number, top.rank,
               ts_headline('dw.pt_unaccent', top.page_text, top.query, 'MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … ", StartSel={StartMark}, StopSel={StopMark}')
        FROM top JOIN dw.dim_document d USING (document_key)
        ORDER BY top.rank DESC, d.bronze_key, top.page_number
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<DocumentSearch> _logger;

    /// <summary>Creates the service.</summary>
    public DocumentSearch(NpgsqlDataSource dataSource, ILogger<DocumentSearch> logger)
    {
        _dataSource = dataSource;
        _logger = logger;
    }

    /// <summary>The best pages for <paramref name="query"/>, at most <paramref name="limit"/> (1–<see cref="MaxLimit"/>).</summary>
    /// <exception cref="ArgumentException">An empty query.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit outside 1–<see cref="MaxLimit"/>.</exception>
    public async Task<IReadOnlyList<DocumentHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        await using var command = _dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = query });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var hits = new List<DocumentHit>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(new DocumentHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetFloat(4), reader.GetString(5)));
            }
        }

        DocumentLog.Searched(_logger, hits.Count, query.Length);
        return hits;
    }
}
