using System.Text;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Storage;
using Microsoft.Extensions.Options;

namespace Lakehouse.Core.Reports;

/// <summary>
/// Writes a run's quality report to the gold bucket — <c>reports/{run}/index.html</c> and
/// <c>reports/{run}/objects/{object}.html</c> — and refreshes <c>reports/index.html</c>, the list of recent runs.
/// Idempotent: writing again replaces the pages with the catalog's current view.
/// </summary>
public sealed class ReportPublisher(RunReportBuilder builder, LakeCatalog catalog, IObjectStore store, IOptions<LakeOptions> lake, TimeProvider time)
{
    /// <summary>Runs listed on the index page.</summary>
    public const int IndexRuns = 50;

    /// <summary>The key of a run's report page in the gold bucket.</summary>
    public static string RunPageKey(string runId) => $"reports/{runId}/index.html";

    /// <summary>The key of the index of recent runs in the gold bucket.</summary>
    public const string IndexKey = "reports/index.html";

    /// <summary>Writes the report of <paramref name="runId"/>; returns its page's key, or null when the run is unknown.</summary>
    public async Task<string?> PublishAsync(string runId, CancellationToken cancellationToken)
    {
        if (await builder.BuildAsync(runId, cancellationToken) is not { } report)
        {
            return null;
        }

        var bucket = lake.Value.GoldBucket;
        foreach (var item in report.Objects)
        {
            await PutAsync(bucket, $"reports/{runId}/{item.Page}", ObjectPageWriter.Render(report, item), cancellationToken);
        }

        await PutAsync(bucket, RunPageKey(runId), HtmlReportWriter.RenderRun(report), cancellationToken);
        var recent = await catalog.ListRunsAsync(IndexRuns, cancellationToken);
        await PutAsync(bucket, IndexKey, HtmlReportWriter.RenderIndex(recent, time.GetUtcNow()), cancellationToken);
        return RunPageKey(runId);
    }

    private async Task PutAsync(string bucket, string key, string html, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(html));
        await store.PutAsync(bucket, key, content, cancellationToken);
    }
}
