namespace Lakehouse.Core.Tests;

/// <summary>
/// Test classes that assert on the process's working set or on the shared temporary folder: they run alone, not beside
/// other test classes (which share the process and its temporary folder and would count in both).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasured
{
    public const string Name = "memory-measured";
}
