using System.Text.RegularExpressions;

namespace Lakehouse.Core.Masking;

/// <summary>
/// Removes personal data from free text, replacing each finding with a typed token: <c>[CNPJ]</c> and <c>[CPF]</c>
/// (only when the check digits are valid, formatted or not, including the alphanumeric CNPJ), <c>[EMAIL]</c>,
/// <c>[PHONE]</c> (Brazilian formats: <c>+55</c>, <c>(11) 91234-5678</c>, <c>11 3456-7890</c>, <c>91234-5678</c>…)
/// and <c>[CEP]</c> (<c>01310-100</c>, or 8 digits after the word CEP). Everything else is kept as written.
/// </summary>
public static partial class Scrubber
{
    /// <summary>The scrubbed text; null stays null.</summary>
    public static string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        text = Email().Replace(text, "[EMAIL]");
        text = Cnpj().Replace(text, m => BrazilianDocuments.IsCnpj(m.Value) ? "[CNPJ]" : m.Value);
        text = Cpf().Replace(text, m => BrazilianDocuments.IsCpf(m.Value) ? "[CPF]" : m.Value);
        text = Cep().Replace(text, "[CEP]");
        return Phone().Replace(text, "[PHONE]");
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    internal static partial Regex Email();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9A-Z]{2}\.?[0-9A-Z]{3}\.?[0-9A-Z]{3}/?[0-9A-Z]{4}-?[0-9]{2}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    internal static partial Regex Cnpj();

    [GeneratedRegex(@"(?<![0-9])[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex Cpf();

    [GeneratedRegex(@"(?<![0-9])[0-9]{5}-[0-9]{3}(?![0-9])|(?i:\bcep\b)[:.\s]*[0-9]{8}(?![0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex Cep();

    [GeneratedRegex(@"(?<![0-9+])(?:\+?55[\s.-]?)?(?:\(?0?[1-9][0-9]\)?[\s.-]?)?(?:9[\s.]?[0-9]{4}|[2-5][0-9]{3})[\s.-]?[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex Phone();
}
