namespace Microsoft.DurableTask.Client;

/// <summary>Stand-in: options for terminating an instance.</summary>
public record TerminateInstanceOptions(object? Output = null, bool Recursive = false);
