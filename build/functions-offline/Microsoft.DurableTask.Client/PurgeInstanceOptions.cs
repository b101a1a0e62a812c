namespace Microsoft.DurableTask.Client;

/// <summary>Stand-in: options for purging an instance.</summary>
public record PurgeInstanceOptions(bool Recursive = false);
