namespace Lakehouse.Functions.Tests;

/// <summary>
/// Test classes that assert on the process's working set: they run alone, not beside other test classes (which share
/// the process and would count in its working set).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasured
{
    public const string Name = "memory-measured";
}
