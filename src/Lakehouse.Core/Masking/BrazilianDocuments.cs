namespace Lakehouse.Core.Masking;

/// <summary>
/// Check-digit validation of Brazilian taxpayer numbers. A number whose check digits do not match is not a CPF or
/// CNPJ (it is left alone by the scrubber). Separators (<c>. / -</c>) are ignored.
/// </summary>
public static class BrazilianDocuments
{
    private static readonly int[] CnpjWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    /// <summary>True for an 11-digit CPF with valid check digits (all-equal digits are rejected).</summary>
    public static bool IsCpf(ReadOnlySpan<char> text)
    {
        Span<int> d = stackalloc int[11];
        if (Compact(text, d, allowLetters: false) != 11 || AllEqual(d))
        {
            return false;
        }

        return CpfDigit(d[..9]) == d[9] && CpfDigit(d[..10]) == d[10];
    }

    /// <summary>
    /// True for a 14-character CNPJ with valid check digits: the classic numeric form and the alphanumeric form in use
    /// from July 2026 (first 12 characters <c>0-9A-Z</c>, each valued ASCII − 48; the two check digits stay numeric).
    /// </summary>
    public static bool IsCnpj(ReadOnlySpan<char> text)
    {
        Span<int> v = stackalloc int[14];
        if (Compact(text, v, allowLetters: true) != 14 || AllEqual(v) || v[12] > 9 || v[13] > 9)
        {
            return false;
        }

        return CnpjDigit(v[..12]) == v[12] && CnpjDigit(v[..13]) == v[13];
    }

    /// <summary>The check digit over <paramref name="values"/> with the CNPJ weights (the last ones of 6,5,4,3,2,9…2).</summary>
    public static int CnpjDigit(ReadOnlySpan<int> values)
    {
        var weights = CnpjWeights.AsSpan(CnpjWeights.Length - values.Length);
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i] * weights[i];
        }

        var r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }

    /// <summary>The CPF check digit over <paramref name="digits"/> (9 for the first, 10 for the second; weights n+1…2).</summary>
    public static int CpfDigit(ReadOnlySpan<int> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += digits[i] * (digits.Length + 1 - i);
        }

        var r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }

    /// <summary>Character values without separators; returns how many were found (more than the span: length + 1).</summary>
    private static int Compact(ReadOnlySpan<char> text, Span<int> values, bool allowLetters)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (c is '.' or '/' or '-' or ' ')
            {
                continue;
            }

            if (!(char.IsAsciiDigit(c) || (allowLetters && char.IsAsciiLetterUpper(c))) || n == values.Length)
            {
                return values.Length + 1;
            }

            values[n++] = c - '0';
        }

        return n;
    }

    private static bool AllEqual(ReadOnlySpan<int> values)
    {
        foreach (var v in values)
        {
            if (v != values[0])
            {
                return false;
            }
        }

        return true;
    }
}
