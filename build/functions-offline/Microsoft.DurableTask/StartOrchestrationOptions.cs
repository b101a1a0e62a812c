using System.Collections.Immutable;

namespace Microsoft.DurableTask;

/// <summary>Stand-in: options for starting an orchestration (data carrier; Version omitted).</summary>
public record StartOrchestrationOptions
{
#pragma warning disable IDE1006 // PascalCase parameter names are the real ones (kept for compatibility there).
    public StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null)
#pragma warning restore IDE1006
    {
        this.InstanceId = InstanceId;
        this.StartAt = StartAt;
    }

    public StartOrchestrationOptions(StartOrchestrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        InstanceId = options.InstanceId;
        StartAt = options.StartAt;
        Tags = options.Tags;
        DedupeStatuses = options.DedupeStatuses;
    }

    public string? InstanceId { get; init; }

    public DateTimeOffset? StartAt { get; init; }

    public IReadOnlyDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;

    public IReadOnlyList<string>? DedupeStatuses { get; init; }
}
