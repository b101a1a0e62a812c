using System.Text;

namespace Lakehouse.Core.Storage;

/// <summary>Checks bucket names and keys, and orders keys the way S3 lists them (by UTF-8 bytes).</summary>
internal static class ObjectKeys
{
    /// <summary>Orders keys by their UTF-8 bytes (code-point order), as S3 listings do.</summary>
    public static readonly IComparer<string> Utf8Order = Comparer<string>.Create(CompareUtf8);

    /// <summary>Throws unless <paramref name="bucket"/> is a plain name usable as an S3 bucket and as a folder.</summary>
    public static void ValidateBucket(string bucket)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        if (bucket.Length > 63 || bucket[0] == '.' || bucket.Contains("..", StringComparison.Ordinal)
            || !bucket.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.'))
        {
            throw new ArgumentException($"Invalid bucket name '{bucket}': use 1-63 lowercase letters, digits, '-' or '.'.", nameof(bucket));
        }
    }

    /// <summary>
    /// Throws unless <paramref name="key"/> is a relative path of non-empty segments without <c>.</c> or <c>..</c>:
    /// such keys cannot escape the bucket folder of the filesystem store.
    /// </summary>
    public static void ValidateKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key[0] == '/' || key.Contains('\\', StringComparison.Ordinal) || key.Contains('\0', StringComparison.Ordinal) || Path.IsPathRooted(key))
        {
            throw new ArgumentException($"Invalid object key '{key}': keys are relative, '/'-separated and contain no '\\'.", nameof(key));
        }

        foreach (var segment in key.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                throw new ArgumentException($"Invalid object key '{key}': empty, '.' and '..' segments are not allowed.", nameof(key));
            }
        }
    }

    private static int CompareUtf8(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        // UTF-16 ordinal order differs from UTF-8 byte order only around surrogate pairs; skip the encoding otherwise.
        return HasSurrogates(x) || HasSurrogates(y)
            ? Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y))
            : string.CompareOrdinal(x, y);
    }

    private static bool HasSurrogates(string value) => value.Any(char.IsSurrogate);
}
