using System.Globalization;

using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Lakehouse.Hosting;

/// <summary>Pages over the host's instances matching an <see cref="OrchestrationQuery"/>; the token is an offset.</summary>
internal sealed class InstancePageable(InProcessOrchestrationHost host, OrchestrationQuery query) : AsyncPageable<OrchestrationMetadata>
{
    public override IAsyncEnumerable<Page<OrchestrationMetadata>> AsPages(string? continuationToken = null, int? pageSizeHint = null) =>
        PagesAsync(continuationToken ?? query.ContinuationToken, pageSizeHint ?? query.PageSize);

    private async IAsyncEnumerable<Page<OrchestrationMetadata>> PagesAsync(string? continuationToken, int pageSize)
    {
        await Task.CompletedTask;
        var size = pageSize > 0 ? pageSize : OrchestrationQuery.DefaultPageSize;
        var matches = Matches();
        var offset = continuationToken is null ? 0 : int.Parse(continuationToken, CultureInfo.InvariantCulture);
        while (true)
        {
            var values = matches.Skip(offset).Take(size).ToList();
            offset += values.Count;
            var next = offset < matches.Count ? offset.ToString(CultureInfo.InvariantCulture) : null;
            yield return new Page<OrchestrationMetadata>(values, next);
            if (next is null)
            {
                yield break;
            }
        }
    }

    private List<OrchestrationMetadata> Matches()
    {
        var statuses = query.Statuses?.ToHashSet();
        return [.. host.AllInstances
            .Select(i => i.ToMetadata(query.FetchInputsAndOutputs))
            .Where(m => statuses is null || statuses.Count == 0 || statuses.Contains(m.RuntimeStatus))
            .Where(m => query.CreatedFrom is null || m.CreatedAt >= query.CreatedFrom)
            .Where(m => query.CreatedTo is null || m.CreatedAt <= query.CreatedTo)
            .Where(m => query.InstanceIdPrefix is null || m.InstanceId.StartsWith(query.InstanceIdPrefix, StringComparison.Ordinal))
            .OrderBy(m => m.CreatedAt)
            .ThenBy(m => m.InstanceId, StringComparer.Ordinal)];
    }
}
