namespace Microsoft.DurableTask;

/// <summary>Stand-in: one page of results (data carrier).</summary>
public sealed class Page<T>
    where T : notnull
{
    public Page(IReadOnlyList<T> values, string? continuationToken = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
        ContinuationToken = continuationToken;
    }

    public IReadOnlyList<T> Values { get; }

    public string? ContinuationToken { get; }
}
