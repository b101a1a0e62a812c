using System.Text.RegularExpressions;

namespace Lakehouse.Core.Masking;

/// <summary>
/// Removes personal data from document text (contracts, PDFs, OCR output) with typed tokens: <c>[PIX]</c>,
/// <c>[EMAIL]</c>, <c>[CNPJ]</c>, <c>[CPF]</c>, <c>[RG]</c>, <c>[OAB]</c>, <c>[CONTA]</c> (bank agency and account),
/// <c>[CEP]</c>, <c>[PHONE]</c> and <c>[NOME]</c>. CPF and CNPJ are masked when their check digits are valid; in OCR text
/// also every CPF/CNPJ-shaped number (OCR misreads digits, so a failed check proves nothing). Extends
/// <see cref="Scrubber"/> (the review-text scrubber, unchanged) with the document patterns. Thread-safe.
/// </summary>
public sealed class DocumentScrubber
{
    private static readonly Lazy<DocumentScrubber> Shipped = new(() => new DocumentScrubber(NameLists.Default));
    private readonly NameMasker _names;

    /// <summary>Creates a scrubber matching names against <paramref name="names"/>.</summary>
    public DocumentScrubber(NameLists names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = new NameMasker(names);
    }

    /// <summary>The scrubber with the shipped name lists.</summary>
    public static DocumentScrubber Default => Shipped.Value;

    /// <summary>
    /// The masked text. <paramref name="fromOcr"/>: the text was recognised (not a PDF text layer), so CPF/CNPJ shapes
    /// are masked whatever their check digits, and bare 11- or 14-digit numbers too.
    /// </summary>
    public string Scrub(string text, bool fromOcr) => Scrub(text, fromOcr, null);

    private string Scrub(string text, bool fromOcr, HashSet<string>? known)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        text = DocumentPatterns.PixKey().Replace(text, m => DocumentPatterns.ReplaceValue(m, "[PIX]"));
        text = DocumentPatterns.RandomPixKey().Replace(text, "[PIX]");
        text = DocumentPatterns.SpacedEmail().Replace(text, "[EMAIL]");
        text = Scrubber.Cnpj().Replace(text, m => BrazilianDocuments.IsCnpj(m.Value) ? "[CNPJ]" : m.Value);
        text = Scrubber.Cpf().Replace(text, m => BrazilianDocuments.IsCpf(m.Value) ? "[CPF]" : m.Value);
        if (fromOcr)
        {
            text = Shape(DocumentPatterns.CnpjShape(), text, "[CNPJ]", 10);
            text = Shape(DocumentPatterns.CpfShape(), text, "[CPF]", 8);
            text = DocumentPatterns.TaxNumberAfterKeyword().Replace(text, m => DocumentPatterns.ReplaceValue(m, m.Groups["v"].Length == 14 ? "[CNPJ]" : "[CPF]"));
        }

        text = DocumentPatterns.Rg().Replace(text, m => DocumentPatterns.ReplaceValue(m, "[RG]"));
        text = DocumentPatterns.RgShape().Replace(text, "[RG]");
        text = DocumentPatterns.Oab().Replace(text, m => DocumentPatterns.ReplaceValue(m, "[OAB]"));
        text = DocumentPatterns.BankAgency().Replace(text, m => DocumentPatterns.ReplaceValue(m, "[CONTA]"));
        text = DocumentPatterns.BankAccount().Replace(text, m => DocumentPatterns.ReplaceValue(m, "[CONTA]"));
        text = DocumentPatterns.DottedCep().Replace(text, m => DocumentPatterns.ReplaceValue(m, "[CEP]"));
        text = Scrubber.Cep().Replace(text, "[CEP]");
        text = Scrubber.Phone().Replace(text, "[PHONE]");
        if (fromOcr)
        {
            text = DocumentPatterns.BareTaxNumber().Replace(text, m => m.Length == 14 ? "[CNPJ]" : "[CPF]");
        }

        return _names.Mask(text, known ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The masked pages of one document, in order: like <see cref="Scrub(string, bool)"/> per page, and a name found by a
    /// context rule on one page (a party, a signature) is masked wherever it recurs on the following pages.
    /// </summary>
    public IReadOnlyList<string> ScrubPages(IReadOnlyList<(string Text, bool FromOcr)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return pages.Select(p => Scrub(p.Text, p.FromOcr, known)).ToList();
    }

    /// <summary>Masks matches with at least <paramref name="minDigits"/> real digits (so a word of O and l is left alone).</summary>
    private static string Shape(Regex pattern, string text, string token, int minDigits) =>
        pattern.Replace(text, m => DocumentPatterns.HasDigits(m.ValueSpan, minDigits) ? token : m.Value);
}
