using System.Text.RegularExpressions;

namespace Lakehouse.Core.Masking;

/// <summary>
/// Patterns of personal data in contract text beyond <see cref="Scrubber"/>'s: PIX keys, RG, OAB, bank agency and
/// account (found after their keywords; the value is in group <c>v</c>), the dotted CEP, and, for OCR text, CPF/CNPJ
/// shapes whose digits OCR may have misread (<c>O</c>/<c>o</c> for 0, <c>I</c>/<c>l</c> for 1, spaces around separators).
/// </summary>
internal static partial class DocumentPatterns
{
    private const string No = @"(?:\s*(?:n[º°o]\.?|nº|número|sob\s+o\s+n[º°o]\.?))?";

    [GeneratedRegex(@"(?i:\bchave\s+pix\b|\bpix\b)(?:\s*\((?:cpf|cnpj|e-?mail|celular|telefone|aleat[óo]ria|evp)\))?\s*[:\-–]?\s*(?<v>[A-Za-z0-9._%+-]+[ \t]?@[ \t]?[A-Za-z0-9-]+(?:[ \t]?\.[ \t]?[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\+?[0-9(][0-9().\s/-]{8,20}[0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex PixKey();

    /// <summary>An e-mail address, also as OCR splits it with a space beside the <c>@</c> (<c>ana@ exemplo.com.br</c>).</summary>
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+[ \t]?@[ \t]?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    internal static partial Regex SpacedEmail();

    [GeneratedRegex(@"(?<![0-9A-Za-z-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z-])", RegexOptions.CultureInvariant)]
    internal static partial Regex RandomPixKey();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9OoIl]{3}\s?[.,]?\s?[0-9OoIl]{3}\s?[.,]?\s?[0-9OoIl]{3}\s?[-–]\s?[0-9OoIl]{2}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    internal static partial Regex CpfShape();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9OoIl]{2}\s?[.,]?\s?[0-9OoIl]{3}\s?[.,]?\s?[0-9OoIl]{3}\s?/\s?[0-9OoIl]{4}\s?[-–]\s?[0-9OoIl]{2}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    internal static partial Regex CnpjShape();

    [GeneratedRegex(@"(?i:\b(?:cpf|cnpj|c\.p\.f\.)(?![\p{L}]))[^0-9\n\[]{0,24}?(?<v>[0-9OoIl]{14}|[0-9OoIl]{11})(?![0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex TaxNumberAfterKeyword();

    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{14}|[0-9]{11})(?![0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex BareTaxNumber();

    [GeneratedRegex(@"(?i:\b(?:RG|R\.G\.|registro\s+geral|c[ée]dula\s+de\s+identidade|carteira\s+de\s+identidade)(?![\p{L}]))" + No + @"\s*[:\-–]?\s*(?<v>[0-9OoIl][0-9OoIlxX.\-\s]{3,14}[0-9xX])(?![0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex Rg();

    [GeneratedRegex(@"(?<![0-9])[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}\s?-\s?[0-9xX](?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    internal static partial Regex RgShape();

    [GeneratedRegex(@"\bOAB\s*[/\-–]?\s*(?:[A-Z]{2}\b)?[^\n0-9\[]{0,24}?(?<v>[0-9OoIl]{1,3}(?:\.[0-9OoIl]{3})+|[0-9]{2,7})(?:\s?-?\s?[A-Z](?![\p{L}]))?", RegexOptions.CultureInvariant)]
    internal static partial Regex Oab();

    [GeneratedRegex(@"(?i:\bag[êe]ncia(?![\p{L}])|\bag\.)" + No + @"\s*[:\-–]?\s*(?<v>[0-9OoIl]{3,5}(?:\s?-\s?[0-9xX])?)(?![0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex BankAgency();

    [GeneratedRegex(@"(?i:\bconta(?:\s+(?:corrente|poupan[çc]a|banc[áa]ria|sal[áa]rio))?(?![\p{L}])|\bc/c(?![\p{L}]))" + No + @"\s*[:\-–]?\s*(?<v>[0-9OoIl][0-9OoIl.]{2,14}(?:\s?-\s?[0-9xX])?)(?![0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex BankAccount();

    [GeneratedRegex(@"(?i:\bcep\b)\s*[:.]?\s*(?:n[º°o]\.?\s*)?(?<v>[0-9]{2}\.?[0-9]{3}\s?-?\s?[0-9]{3})(?![0-9])|(?<![0-9])(?<v>[0-9]{2}\.[0-9]{3}-[0-9]{3})(?![0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex DottedCep();

    /// <summary>Replaces group <c>v</c> of <paramref name="match"/> with <paramref name="token"/>, keeping the keyword.</summary>
    internal static string ReplaceValue(Match match, string token, string group = "v")
    {
        var value = match.Groups[group];
        var start = value.Index - match.Index;
        return string.Concat(match.ValueSpan[..start], token, match.ValueSpan[(start + value.Length)..]);
    }

    /// <summary>True when at least <paramref name="min"/> of the characters are ASCII digits.</summary>
    internal static bool HasDigits(ReadOnlySpan<char> text, int min)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) && ++n >= min)
            {
                return true;
            }
        }

        return false;
    }
}
