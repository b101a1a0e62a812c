namespace Lakehouse.Core.Transform;

/// <summary>
/// Where a bronze object's outputs go: the same path in silver, named after the object's content as well, so outputs
/// derive from the bronze object's identity: another file under the same bronze name (a later version, a broken upload)
/// writes other silver keys and can never replace a good silver file, its quarantine or its validation report.
/// </summary>
public static class SilverKeys
{
    /// <summary>Characters of the content hash in derived keys (48 bits: a collision needs ~16 M versions of one name).</summary>
    public const int HashLength = 12;

    /// <summary>
    /// Silver key of a bronze object: <c>olist/orders/ingest_date=…/x.csv.gz</c> with sha256 <c>3fa4…</c> →
    /// <c>…/x.3fa4c2b19d0e.parquet</c>.
    /// </summary>
    public static string For(string bronzeKey, string sha256)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        return Stem(bronzeKey) + "." + sha256[..Math.Min(HashLength, sha256.Length)] + ".parquet";
    }

    /// <summary>Quarantine key of a bronze object, under <c>_quarantine/</c> in silver.</summary>
    public static string Quarantine(string bronzeKey, string sha256) => "_quarantine/" + For(bronzeKey, sha256);

    private static string Stem(string bronzeKey)
    {
        ArgumentNullException.ThrowIfNull(bronzeKey);
        var key = bronzeKey;
        foreach (var suffix in new[] { ".gz", ".csv" })
        {
            if (key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                key = key[..^suffix.Length];
            }
        }

        return key;
    }

    /// <summary>Validation report key next to a silver file.</summary>
    public static string ValidationReport(string silverKey)
    {
        ArgumentNullException.ThrowIfNull(silverKey);
        return (silverKey.EndsWith(".parquet", StringComparison.Ordinal) ? silverKey[..^".parquet".Length] : silverKey) + ".validation.json";
    }
}
