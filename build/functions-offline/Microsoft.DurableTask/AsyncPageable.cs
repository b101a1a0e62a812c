namespace Microsoft.DurableTask;

/// <summary>Stand-in: a collection of values fetched page by page.</summary>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
    where T : notnull
{
    public abstract IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = default, int? pageSizeHint = default);

    /// <summary>
    /// BEHAVIOUR EXCEPTION (see README): non-virtual in the real package, so a subclass cannot supply it; it flattens
    /// <see cref="AsPages"/> exactly as the real one does, so <c>await foreach</c> over a client query works offline.
    /// </summary>
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken))
        {
            foreach (var value in page.Values)
            {
                yield return value;
            }
        }
    }
}
