namespace Lakehouse.Core.Validation.Expectations;

/// <summary>Metrics of a dataset's earlier loads, newest first (the catalog's <c>lakehouse.metrics</c>).</summary>
public interface IMetricHistory
{
    /// <summary>The last <paramref name="count"/> values of a metric for the dataset, newest first, excluding <paramref name="excludeObjectId"/>.</summary>
    Task<IReadOnlyList<double>> LastAsync(string dataset, string metric, string? column, int count, long excludeObjectId, CancellationToken cancellationToken);
}
