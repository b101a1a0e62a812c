namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: marks a method as a function with the given name.</summary>
[AttributeUsage(AttributeTargets.Method)]
public class FunctionAttribute : Attribute
{
    public FunctionAttribute(string name)
    {
        Name = name;
    }

    public string Name { get; }
}
