using System.Buffers;
using System.Text;

namespace Lakehouse.Core.Ocr;

/// <summary>
/// Character error rate of recognised text against a ground truth: Levenshtein distance over the normalised texts
/// divided by the normalised ground truth's length. Normalised: Unicode NFC, every run of whitespace one space, trimmed.
/// </summary>
public static class CharacterErrorRate
{
    /// <summary>The rate (0 = identical; can exceed 1 when the recognised text is much longer).</summary>
    public static double Compute(string recognised, string groundTruth)
    {
        ArgumentNullException.ThrowIfNull(recognised);
        ArgumentNullException.ThrowIfNull(groundTruth);
        var truth = Normalise(groundTruth);
        var distance = Distance(Normalise(recognised), truth);
        return truth.Length == 0 ? distance : (double)distance / truth.Length;
    }

    /// <summary>NFC, whitespace runs to one space, trimmed.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions of UTF-16 units) in two pooled rows.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = ArrayPool<int>.Shared.Rent(b.Length + 1);
        var current = ArrayPool<int>.Shared.Rent(b.Length + 1);
        try
        {
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
        finally
        {
            ArrayPool<int>.Shared.Return(previous);
            ArrayPool<int>.Shared.Return(current);
        }
    }
}
