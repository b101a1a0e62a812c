namespace Lakehouse.Core.Transform;

/// <summary>Where a bronze object's outputs go: the same path in silver, with <c>.parquet</c>.</summary>
public static class SilverKeys
{
    /// <summary>Silver key of a bronze key: <c>olist/orders/ingest_date=…/x.csv.gz</c> → <c>…/x.parquet</c>, <c>bcb/sgs-433/…/w.json</c> → <c>…/w.parquet</c>.</summary>
    public static string For(string bronzeKey)
    {
        ArgumentNullException.ThrowIfNull(bronzeKey);
        var key = bronzeKey;
        foreach (var suffix in new[] { ".gz", ".csv", ".json" })
        {
            if (key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                key = key[..^suffix.Length];
            }
        }

        return key + ".parquet";
    }

    /// <summary>Quarantine key of a bronze key, under <c>_quarantine/</c> in silver.</summary>
    public static string Quarantine(string bronzeKey) => "_quarantine/" + For(bronzeKey);

    /// <summary>Validation report key next to a silver file.</summary>
    public static string ValidationReport(string silverKey)
    {
        ArgumentNullException.ThrowIfNull(silverKey);
        return (silverKey.EndsWith(".parquet", StringComparison.Ordinal) ? silverKey[..^".parquet".Length] : silverKey) + ".validation.json";
    }
}
