namespace Lakehouse.Core.Validation.Expectations;

/// <summary>No history: every anomaly check passes (tests, a fresh catalog).</summary>
public sealed class NoMetricHistory : IMetricHistory
{
    /// <summary>The one instance.</summary>
    public static NoMetricHistory Instance { get; } = new();

    /// <inheritdoc />
    public Task<IReadOnlyList<double>> LastAsync(string dataset, string metric, string? column, int count, long excludeObjectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<double>>([]);
}
