using System.Text;

namespace Lakehouse.Core.Storage;

/// <summary>
/// User metadata of a stored object (S3 <c>x-amz-meta-*</c>): names of lowercase ASCII letters, digits and
/// <c>-</c>, values of printable ASCII, at most 2 KB in all — what every S3-compatible server keeps unchanged.
/// </summary>
public static class ObjectMetadata
{
    /// <summary>Largest total size of names and values in bytes (the S3 limit for user metadata).</summary>
    public const int MaxBytes = 2048;

    /// <summary>No metadata.</summary>
    public static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="metadata"/> can be stored by every store.</summary>
    public static void Validate(IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var size = 0;
        foreach (var (name, value) in metadata)
        {
            if (name.Length == 0 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                throw new ArgumentException($"Invalid metadata name '{name}': use lowercase ASCII letters, digits and '-'.", nameof(metadata));
            }

            if (value is null || !value.All(c => c is >= ' ' and <= '~'))
            {
                throw new ArgumentException($"Invalid value of metadata '{name}': use printable ASCII (percent-encode other text).", nameof(metadata));
            }

            size += Encoding.ASCII.GetByteCount(name) + Encoding.ASCII.GetByteCount(value);
        }

        if (size > MaxBytes)
        {
            throw new ArgumentException($"Metadata of {size} bytes exceeds the {MaxBytes}-byte limit of S3 user metadata.", nameof(metadata));
        }
    }
}
