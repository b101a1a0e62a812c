using System.Text.RegularExpressions;

namespace Lakehouse.Core.Masking;

/// <summary>
/// Masks person names in contract text with <c>[NOME]</c>: parties after their role (<c>Contratante:</c>,
/// <c>Locador:</c>, <c>Outorgado:</c>…), names after <c>Sr./Sra./Dr./Dra.</c>, names qualified by nationality or marital
/// status (<c>MARIA SOUZA, brasileira</c>), names on the line under a signature rule, and runs of capitalised words
/// that start with a listed given name and go on with a listed surname or given name.
/// </summary>
internal sealed partial class NameMasker(NameLists names)
{
    private const string Token = "[NOME]";

    // A capitalised word (Maria, MARIA, D'Ávila) and the connectors between name parts (da, de, do, das, dos, e).
    private const string Word = @"\p{Lu}[\p{L}'’]*";
    private const string Run = Word + @"(?:[ \t]+(?:(?:d[aeo]s?|D[AEO]S?|e|E)[ \t]+)?" + Word + @"){0,7}";
    private const string LongRun = Word + @"(?:[ \t]+(?:(?:d[aeo]s?|D[AEO]S?|e|E)[ \t]+)?" + Word + @"){1,7}";

    private static readonly HashSet<string> Connectors = new(["da", "de", "do", "das", "dos", "e", "DA", "DE", "DO", "DAS", "DOS", "E"], StringComparer.Ordinal);

    private static readonly HashSet<string> RoleWords = new(
        ["CONTRATANTE", "CONTRATADO", "CONTRATADA", "LOCADOR", "LOCADORA", "LOCATARIO", "LOCATARIA", "OUTORGANTE", "OUTORGADO",
         "OUTORGADA", "FIADOR", "FIADORA", "EMPREGADOR", "EMPREGADORA", "EMPREGADO", "EMPREGADA", "TESTEMUNHA", "TESTEMUNHAS"],
        StringComparer.Ordinal);

    /// <summary>
    /// Masks the names in <paramref name="text"/>. Names found by a context rule are added to <paramref name="known"/>
    /// and every later occurrence of a known name (in this text or the next pages) is masked too.
    /// </summary>
    public string Mask(string text, ISet<string> known)
    {
        string Found(Match m)
        {
            var name = m.Groups["name"].Value.Trim();
            if (name.Contains(' ', StringComparison.Ordinal) && !IsRoleOnly(name))
            {
                known.Add(name);
            }

            return IsRoleOnly(name) ? m.Value : DocumentPatterns.ReplaceValue(m, Token, "name");
        }

        text = RoleIntro().Replace(text, Found);
        text = Honorific().Replace(text, Found);
        text = Qualified().Replace(text, Found);
        text = SignatureLine().Replace(text, Found);
        text = NameAboveRole().Replace(text, Found);
        foreach (var name in known.OrderByDescending(n => n.Length))
        {
            text = text.Replace(name, Token, StringComparison.OrdinalIgnoreCase);
        }

        return CapitalisedRun().Replace(text, m => MaskListedNames(m.Value));
    }

    private static bool IsRoleOnly(string run) =>
        run.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).All(w => RoleWords.Contains(NameLists.Key(w)));

    /// <summary>
    /// Within a run of capitalised words, masks each name that starts with a listed given name followed by a listed
    /// surname or given name, extended over further listed names and, in mixed case, over any capitalised word.
    /// </summary>
    private string MaskListedNames(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var output = new List<string>(words.Length);
        var masked = false;
        for (var i = 0; i < words.Length; i++)
        {
            var next = NextNamePart(words, i + 1);
            if (!names.IsGivenName(words[i]) || next < 0 || !IsListed(words[next]))
            {
                output.Add(words[i]);
                continue;
            }

            var end = next;
            for (var j = NextNamePart(words, end + 1); j >= 0 && (IsListed(words[j]) || IsTitleCase(words[j])); j = NextNamePart(words, j + 1))
            {
                end = j;
            }

            output.Add(Token);
            masked = true;
            i = end;
        }

        return masked ? string.Join(' ', output) : run;
    }

    /// <summary>Index of the next word after connectors (da, dos, e…), or -1.</summary>
    private static int NextNamePart(string[] words, int from)
    {
        for (var i = from; i < words.Length; i++)
        {
            if (!Connectors.Contains(words[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsListed(string word) => word.Length > 1 && (names.IsSurname(word) || names.IsGivenName(word));

    private static bool IsTitleCase(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsUpper(c));

    [GeneratedRegex(@"(?i:\b(?:contratante|contratad[oa]|locador[a]?|locat[áa]ri[oa]|outorgante|outorgad[oa]|fiador[a]?|empregador[a]?|empregad[oa]|testemunha(?:\s*[0-9])?|nome(?:\s+completo)?|assinatura|representad[oa]\s+por|procurador[a]?|s[óo]ci[oa])(?![\p{L}]))\s*(?:\([^)\n]{0,20}\))?\s*[:\-–]\s*(?<name>" + Run + ")", RegexOptions.CultureInvariant)]
    private static partial Regex RoleIntro();

    [GeneratedRegex(@"(?<![\p{L}])(?i:sr|sra|srta|dr|dra|exm[oa]|ilm[oa])(?:\.|(?=[ \t]))(?:\(a\))?[ \t]*(?<name>" + Run + ")", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"(?<name>" + LongRun + @")\s*,\s*(?i:brasileir[oa]|portugu[eê]s[a]?|estrangeir[oa]|naturalizad[oa]|solteir[oa]|casad[oa]|divorciad[oa]|separad[oa]|vi[úu]v[oa]|maior|menor|portador[a]?|inscrit[oa])(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Qualified();

    [GeneratedRegex(@"[_—–-]{5,}[ \t]*\r?\n[ \t]*(?<name>" + Run + @")[ \t]*(?=\r?\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"^[ \t]*(?<name>" + LongRun + @")[ \t]*\r?\n[ \t]*(?i:contratante|contratad[oa]|locador[a]?|locat[áa]ri[oa]|outorgante|outorgad[oa]|fiador[a]?|empregador[a]?|empregad[oa]|testemunha)[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NameAboveRole();

    [GeneratedRegex(@"(?<![\p{L}\[])" + LongRun + @"(?![\p{L}\]])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();
}
