using System.Security.Cryptography;
using System.Text;

namespace Lakehouse.Hosting;

/// <summary>
/// Name-based UUID v5 (RFC 4122) from instance id, orchestration time and a per-execution counter — the scheme
/// Durable uses for <c>NewGuid()</c>, so replays produce the same sequence.
/// </summary>
internal static class DeterministicGuid
{
    private static readonly Guid Namespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

    public static Guid Create(string instanceId, DateTime currentUtc, int counter)
    {
        var name = $"{instanceId}_{currentUtc:o}_{counter}";
        Span<byte> namespaceBytes = stackalloc byte[16];
        Namespace.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var data = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        namespaceBytes.CopyTo(data);
        Encoding.UTF8.GetBytes(name, data.AsSpan(16));
#pragma warning disable CA5350 // UUID v5 is defined on SHA-1; this is an identifier, not a security use.
        var hash = SHA1.HashData(data);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
