namespace Lakehouse.Core.Collection;

/// <summary>
/// The result of collecting one window of one series or location: a small record (no bytes) fit for an activity result.
/// </summary>
/// <param name="Source">Source kind.</param>
/// <param name="Subject">Series (<c>sgs-433</c>) or location slug.</param>
/// <param name="Window">Window asked.</param>
/// <param name="Bucket">Bronze bucket.</param>
/// <param name="Key">Bronze key.</param>
/// <param name="ETag">ETag of the bronze object.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Rows">Rows of the answer inside the window.</param>
/// <param name="Attempts">HTTP attempts it took.</param>
/// <param name="IsNew">Whether a new object (or new content under the key) was stored.</param>
public sealed record CollectedObject(
    string Source, string Subject, DateWindow Window, string Bucket, string Key, string ETag, long Size, int Rows, int Attempts, bool IsNew);
