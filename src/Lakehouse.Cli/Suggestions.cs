using System.CommandLine;

namespace Lakehouse.Cli;

/// <summary>
/// "Did you mean …?" for a misspelt command, option or dataset: the known names nearest by edit distance
/// (Damerau-Levenshtein, at most one edit per three characters of the name, at least one).
/// </summary>
public static class Suggestions
{
    /// <summary>" (did you mean 'ingest'?)" when a candidate is near <paramref name="token"/>, else "".</summary>
    public static string DidYouMean(string token, IEnumerable<string> candidates)
    {
        var nearest = Nearest(token, candidates);
        return nearest.Count == 0 ? "" : $" (did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?)";
    }

    /// <summary>The candidates nearest to <paramref name="token"/> within the allowed distance, best first.</summary>
    public static IReadOnlyList<string> Nearest(string token, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(candidates);
        var scored = candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: Distance(token, c)))
            .Where(c => c.Distance > 0 && c.Distance <= Math.Max(1, c.Name.TrimStart('-').Length / 3))
            .ToList();
        return scored.Count == 0 ? [] : [.. scored.Where(c => c.Distance == scored.Min(s => s.Distance)).Select(c => c.Name)];
    }

    /// <summary>Lines for the tokens <paramref name="parse"/> did not recognise, each with its nearest commands or options.</summary>
    public static IEnumerable<string> ForUnmatchedTokens(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var names = new List<string>();
        for (var command = parse.CommandResult.Command; command is not null; command = command.Parents.OfType<Command>().FirstOrDefault())
        {
            names.AddRange(command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name)));
            names.AddRange(command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)));
        }

        foreach (var token in parse.UnmatchedTokens)
        {
            yield return $"Unknown {(token.StartsWith('-') ? "option" : "command or argument")} '{token}'{DidYouMean(token, names)}.";
        }
    }

    /// <summary>Edit distance (insertions, deletions, substitutions and swaps of neighbours: "rusn" is one from "runs"), case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
