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

    private static readonly HashSet<string> RoleWords = new(
        ["CONTRATANTE", "CONTRATADO", "CONTRATADA", "LOCADOR", "LOCADORA", "LOCATARIO", "LOCATARIA", "OUTORGANTE", "OUTORGADO",
         "OUTORGADA", "FIADOR", "FIADORA", "EMPREGADOR", "EMPREGADORA", "EMPREGADO", "EMPREGADA", "TESTEMUNHA", "TESTEMUNHAS"],
        StringComparer.Ordinal);

    public string Mask(string text)
    {
        text = RoleIntro().Replace(text, m => DocumentPatterns.ReplaceValue(m, Token, "name"));
        text = Honorific().Replace(text, m => DocumentPatterns.ReplaceValue(m, Token, "name"));
        text = Qualified().Replace(text, m => DocumentPatterns.ReplaceValue(m, Token, "name"));
        text = SignatureLine().Replace(text, m => IsRoleOnly(m.Groups["name"].Value) ? m.Value : DocumentPatterns.ReplaceValue(m, Token, "name"));
        return CapitalisedRun().Replace(text, m => IsListedName(m.Value) ? Token : m.Value);
    }

    private static bool IsRoleOnly(string run) =>
        run.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).All(w => RoleWords.Contains(NameLists.Key(w)));

    /// <summary>A listed given name first, then at least one listed surname or given name.</summary>
    private bool IsListedName(string run)
    {
        var words = run.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return names.IsGivenName(words[0]) && words.Skip(1).Any(w => w.Length > 1 && (names.IsSurname(w) || names.IsGivenName(w)));
    }

    [GeneratedRegex(@"(?i:\b(?:contratante|contratad[oa]|locador[a]?|locat[áa]ri[oa]|outorgante|outorgad[oa]|fiador[a]?|empregador[a]?|empregad[oa]|testemunha(?:\s*[0-9])?|nome(?:\s+completo)?|assinatura|representad[oa]\s+por|procurador[a]?|s[óo]ci[oa])(?![\p{L}]))\s*(?:\([^)\n]{0,20}\))?\s*[:\-–]\s*(?<name>" + Run + ")", RegexOptions.CultureInvariant)]
    private static partial Regex RoleIntro();

    [GeneratedRegex(@"(?<![\p{L}])(?i:sr|sra|srta|dr|dra|exm[oa]|ilm[oa])(?:\.|(?=[ \t]))(?:\(a\))?[ \t]*(?<name>" + Run + ")", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"(?<name>" + LongRun + @")\s*,\s*(?i:brasileir[oa]|portugu[eê]s[a]?|estrangeir[oa]|naturalizad[oa]|solteir[oa]|casad[oa]|divorciad[oa]|separad[oa]|vi[úu]v[oa]|maior|menor|portador[a]?|inscrit[oa])(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Qualified();

    [GeneratedRegex(@"[_—–-]{5,}[ \t]*\r?\n[ \t]*(?<name>" + Run + @")[ \t]*(?=\r?\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"(?<![\p{L}\[])" + LongRun + @"(?![\p{L}\]])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();
}
