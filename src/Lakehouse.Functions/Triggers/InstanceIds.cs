using System.Security.Cryptography;
using System.Text;

namespace Lakehouse.Functions.Triggers;

/// <summary>Deterministic orchestration instance ids, so a repeated event or tick starts nothing new.</summary>
public static class InstanceIds
{
    /// <summary><c>object-</c> + 32 hex of sha256(bucket/key/etag): one ingest per object version.</summary>
    public static string ForObject(string bucket, string key, string? etag)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{bucket}/{key}/{etag}"));
        return "object-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary><c>daily-yyyyMMdd</c>: one daily load per calendar day.</summary>
    public static string ForDay(DateOnly day) => $"daily-{day:yyyyMMdd}";

    /// <summary><c>collect-yyyyMMdd</c>: one scheduled collection per São Paulo calendar day.</summary>
    public static string ForCollectDay(DateOnly day) => $"collect-{day:yyyyMMdd}";
}
