using System.Security.Cryptography;

namespace Lakehouse.Core.Collection;

/// <summary>
/// A private temporary copy of a source file with its SHA-256 and MD5, made in one read: what is stored is exactly
/// what was hashed, even if the file changes afterwards. The source is opened read-only, sharing read, write and delete,
/// so the office's users are never blocked. Deleted on dispose.
/// </summary>
internal sealed class HashedCopy : IDisposable
{
    private readonly string _path;

    private HashedCopy(string path, long size, string sha256, string md5)
    {
        _path = path;
        Size = size;
        Sha256 = sha256;
        Md5 = md5;
    }

    public long Size { get; }

    public string Sha256 { get; }

    public string Md5 { get; }

    public static async Task<HashedCopy> CreateAsync(string source, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"lakehouse-collect-{Guid.NewGuid():N}.part");
        try
        {
            await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
#pragma warning disable CA5351 // MD5 only to compare with the S3 single-part ETag, not for security.
            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
            var buffer = new byte[81920];
            long size = 0;
            int read;
            while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha256.AppendData(buffer, 0, read);
                md5.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }

            return new HashedCopy(temp, size, Convert.ToHexStringLower(sha256.GetHashAndReset()), Convert.ToHexStringLower(md5.GetHashAndReset()));
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public Stream OpenRead() => new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Dispose() => File.Delete(_path);
}
