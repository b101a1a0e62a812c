namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: a parameter of a function (data carrier; only the (name, type) constructor is declared).</summary>
public class FunctionParameter
{
    public FunctionParameter(string name, Type type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public Type Type { get; }
}
