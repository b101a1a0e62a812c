using System.Reflection;

namespace Lakehouse.Hosting;

/// <summary>
/// One discovered <c>[Function]</c>: its name, kind, method and the input and output types the engine deserializes and
/// serializes with (the same types the Functions host binds: see <see cref="FunctionCatalog"/>).
/// </summary>
public sealed record FunctionDescriptor(string Name, FunctionKind Kind, MethodInfo Method, Type InputType, Type OutputType)
{
    /// <summary><c>Type.Method</c>, for messages.</summary>
    public string Display => $"{Method.DeclaringType?.FullName}.{Method.Name}";
}
