using System.CommandLine;
using System.Text.RegularExpressions;
using Lakehouse.Core.Documents;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse docs search "QUERY" [--limit N]</c>: the best pages of the loaded documents for a query, ranked
/// (<see cref="DocumentSearch"/>), with the bronze key, page, rank and a masked snippet, matches in bold.
/// </summary>
internal static partial class DocsCommand
{
    public static Command Create(Option<bool> verbose, IAnsiConsole? console = null)
    {
        var query = new Argument<string>("query") { Description = "Words to find: \"a phrase\", or, -word; accents optional (locacao finds locação)" };
        var limit = new Option<int>("--limit") { Description = $"Most pages to show (1–{DocumentSearch.MaxLimit})", DefaultValueFactory = _ => 10 };
        var search = new Command("search", "Full-text search over the masked pages of the loaded documents") { query, limit };
        search.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(
            parse.GetValue(verbose),
            () => (Query: Query(parse.GetValue(query)), Limit: Limit(parse.GetValue(limit))),
            (host, input) => SearchAsync(host, input.Query, input.Limit, console ?? AnsiConsole.Console, cancellationToken),
            cancellationToken));
        return new Command("docs", "Documents (PDFs, scans) loaded into the warehouse") { search };
    }

    /// <summary>Runs the search and prints one row per page; exit 0 (also when nothing matches).</summary>
    internal static async Task<int> SearchAsync(CliHost host, string query, int limit, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var hits = await host.Services.GetRequiredService<DocumentSearch>().SearchAsync(query, limit, cancellationToken);
        if (hits.Count == 0)
        {
            console.MarkupLine("no page matches");
            return 0;
        }

        var table = new Table().AddColumns("#", "document", "page", "rank", "snippet (masked)");
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            table.AddRow(new Text($"{i + 1}"), new Text(hit.ObjectKey), new Text($"{hit.PageNumber}"), new Text($"{hit.Rank:0.0000}"), Snippet(hit.Snippet));
        }

        console.Write(table);
        return 0;
    }

    /// <summary>The snippet on one line, matches (between the search's marks) in bold; plain when the marks do not pair up.</summary>
    internal static IRenderable Snippet(string snippet)
    {
        var text = Whitespace().Replace(snippet, " ").Trim();
        try
        {
            return new Markup(Markup.Escape(text).Replace(DocumentSearch.StartMark, "[bold]", StringComparison.Ordinal).Replace(DocumentSearch.StopMark, "[/]", StringComparison.Ordinal));
        }
        catch (InvalidOperationException)
        {
            return new Text(text);
        }
    }

    private static string Query(string? query) =>
        string.IsNullOrWhiteSpace(query) ? throw new CliConfigurationException("The search query is empty.") : query;

    private static int Limit(int limit) => limit is >= 1 and <= DocumentSearch.MaxLimit ? limit
        : throw new CliConfigurationException($"--limit must be from 1 to {DocumentSearch.MaxLimit}.");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
