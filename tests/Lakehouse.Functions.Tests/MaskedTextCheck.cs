using System.Text;
using System.Text.RegularExpressions;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// Whether stored (masked) text differs from the raw text only by masked tokens: the stored text, split at its tokens
/// (<c>[CPF]</c>, <c>[NOME]</c>…), must be the raw text with each token standing for one non-empty span of at most
/// <see cref="MaxSpan"/> characters, every other character equal and in place; and each span must look like what its
/// token names (a name starts with a capital letter, an e-mail holds an @, a document number or account holds a digit)
/// and neither starts nor ends with white space nor ends with punctuation (the text around a value stays in place).
/// </summary>
public static partial class MaskedTextCheck
{
    /// <summary>Longest span one token may stand for.</summary>
    public const int MaxSpan = 120;

    /// <summary>The (token, replaced span) pairs, or null with <paramref name="problem"/> when the stored text is not explained.</summary>
    public static IReadOnlyList<(string Token, string Span)>? Explain(string raw, string stored, out string problem)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(stored);
        var tokens = Token().Matches(stored).Select(m => m.Value).ToList();
        var literals = Token().Split(stored);
        var pattern = new StringBuilder("^").Append(Regex.Escape(literals[0]));
        for (var i = 0; i < tokens.Count; i++)
        {
            pattern.Append($"([\\s\\S]{{1,{MaxSpan}}}?)").Append(Regex.Escape(literals[i + 1]));
        }

        var match = Regex.Match(raw, pattern.Append('$').ToString(), RegexOptions.None, TimeSpan.FromSeconds(10));
        if (!match.Success)
        {
            problem = $"the stored text is not the raw text with {tokens.Count} masked span(s): {FirstDifference(raw, literals)}";
            return null;
        }

        var spans = tokens.Select((t, i) => (t, match.Groups[i + 1].Value)).ToList();
        var implausible = spans.FirstOrDefault(s => !Plausible(s.t, s.Value));
        problem = implausible.t is null ? "" : $"{implausible.t} replaced a span of {implausible.Value.Length} characters that does not look like one";
        return implausible.t is null ? spans : null;
    }

    private static bool Plausible(string token, string span) => !char.IsWhiteSpace(span[0]) && !char.IsWhiteSpace(span[^1]) && span[^1] is not ('.' or ',' or ';' or ':') && token switch
    {
        "[NOME]" => char.IsUpper(span[0]) && span.Any(char.IsLetter),
        "[EMAIL]" => span.Contains('@', StringComparison.Ordinal),
        "[PIX]" => true,
        _ => span.Any(char.IsDigit),
    };

    /// <summary>Where the first literal part stops matching (an offset, never the text).</summary>
    private static string FirstDifference(string raw, string[] literals)
    {
        var first = literals[0];
        var same = 0;
        while (same < first.Length && same < raw.Length && first[same] == raw[same])
        {
            same++;
        }

        return same < first.Length ? $"first difference at character {same} of {raw.Length}" : "a later literal part is missing or out of place";
    }

    [GeneratedRegex(@"\[(?:PIX|EMAIL|CNPJ|CPF|RG|OAB|CONTA|CEP|PHONE|NOME)\]")]
    private static partial Regex Token();
}
