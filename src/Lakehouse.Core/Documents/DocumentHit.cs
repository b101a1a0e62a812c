namespace Lakehouse.Core.Documents;

/// <summary>One page found by <see cref="DocumentSearch"/>.</summary>
/// <param name="Bucket">Bronze bucket of the document.</param>
/// <param name="ObjectKey">Bronze object key of the document.</param>
/// <param name="DocumentType"><c>pdf</c>, <c>png</c>, <c>jpeg</c> or <c>tiff</c>.</param>
/// <param name="PageNumber">1-based page number.</param>
/// <param name="Rank"><c>ts_rank</c> of the page for the query (higher is better).</param>
/// <param name="Snippet">
/// <c>ts_headline</c> over the masked page text: the best fragments, matches between <see cref="DocumentSearch.StartMark"/>
/// and <see cref="DocumentSearch.StopMark"/>.
/// </param>
public sealed record DocumentHit(string Bucket, string ObjectKey, string DocumentType, int PageNumber, double Rank, string Snippet);
