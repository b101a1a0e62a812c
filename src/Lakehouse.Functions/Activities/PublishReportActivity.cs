using Lakehouse.Core.Reports;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Writes the run's HTML quality report to <c>lake-gold/reports/{run}/</c> and refreshes the index of recent runs.
/// Runs at least once; idempotent (the pages are rewritten from the catalog).
/// </summary>
public sealed class PublishReportActivity(ReportPublisher publisher)
{
    /// <summary>Publishes the report; returns its page's key in the gold bucket.</summary>
    [Function(nameof(PublishReportActivity))]
    public Task<string> RunAsync([ActivityTrigger] string runId, CancellationToken cancellationToken) =>
        TransientFailures.RunAsync(
            $"report of run {runId}",
            async () => await publisher.PublishAsync(runId, cancellationToken) ?? throw new InvalidOperationException($"Run {runId} is not in the catalog."),
            cancellationToken);
}
