using System.CommandLine;
using System.Text.RegularExpressions;
using Lakehouse.Core.Documents;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse docs search "QUERY" [--limit N] [--format table|csv|json]</c>: the best pages of the loaded documents
/// for a query, ranked (<see cref="DocumentSearch"/>), with the bronze key, page, rank and a masked snippet (matches
/// between « and »).
/// </summary>
internal static partial class DocsCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Words to find: \"a phrase\", or, -word; accents optional (locacao finds locação)" };
        var limit = new Option<int>("--limit") { Description = $"Most pages to show (1–{DocumentSearch.MaxLimit})", DefaultValueFactory = _ => 10 };
        var format = OutputFormatOption.Create();
        var search = new Command("search", "Full-text search over the masked pages of the loaded documents") { query, limit, format };
        search.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(
            context,
            parse,
            () => (Query: Query(parse.GetValue(query)), Limit: Limit(parse.GetValue(limit))),
            (host, input) => SearchAsync(host, input.Query, input.Limit, context.Output, OutputFormatOption.Get(parse, format), cancellationToken),
            cancellationToken));
        return new Command("docs", "Documents (PDFs, scans) loaded into the warehouse") { search };
    }

    /// <summary>Runs the search and prints one row per page; exit 0 (also when nothing matches).</summary>
    internal static async Task<int> SearchAsync(CliHost host, string query, int limit, CliOutput output, OutputFormat format, CancellationToken cancellationToken)
    {
        var hits = await host.Services.GetRequiredService<DocumentSearch>().SearchAsync(query, limit, cancellationToken);
        if (hits.Count == 0 && format == OutputFormat.Table)
        {
            output.Error.MarkupLine("no page matches");
            return 0;
        }

        Table(hits).Write(output.Out, format);
        return 0;
    }

    /// <summary>One row per hit, best first; the snippet on one line.</summary>
    internal static ResultTable Table(IReadOnlyList<DocumentHit> hits)
    {
        var table = new ResultTable("rank", "object_key", "page", "score", "snippet");
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            table.Add(i + 1, hit.ObjectKey, hit.PageNumber, Math.Round(hit.Rank, 4), Whitespace().Replace(hit.Snippet, " ").Trim());
        }

        return table;
    }

    private static string Query(string? query) =>
        string.IsNullOrWhiteSpace(query) ? throw new CliConfigurationException("The search query is empty.") : query;

    private static int Limit(int limit) => limit is >= 1 and <= DocumentSearch.MaxLimit ? limit
        : throw new CliConfigurationException($"--limit must be from 1 to {DocumentSearch.MaxLimit}.");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
