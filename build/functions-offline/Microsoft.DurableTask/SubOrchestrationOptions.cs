namespace Microsoft.DurableTask;

/// <summary>Stand-in: options of a sub-orchestration call (data carrier; Version omitted).</summary>
public record SubOrchestrationOptions : TaskOptions
{
    public SubOrchestrationOptions(TaskRetryOptions? retry = null, string? instanceId = null)
        : base(retry)
    {
        InstanceId = instanceId;
    }

    public SubOrchestrationOptions(TaskOptions options, string? instanceId = null)
        : base(options)
    {
        InstanceId = instanceId;
    }

    public SubOrchestrationOptions(SubOrchestrationOptions options)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(options);
        InstanceId = options.InstanceId;
    }

    public string? InstanceId { get; init; }
}
