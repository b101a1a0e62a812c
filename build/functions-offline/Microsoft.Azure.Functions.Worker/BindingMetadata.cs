namespace Microsoft.Azure.Functions.Worker;

/// <summary>
/// Stand-in: metadata of one binding. Declared as the value type of <c>FunctionDefinition.InputBindings</c> and
/// <c>OutputBindings</c> only; its abstract members (Name, Type, Direction) are left out because nothing in the app
/// subclasses or reads it.
/// </summary>
public abstract class BindingMetadata
{
}
