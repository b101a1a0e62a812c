using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: binds a <c>DurableTaskClient</c> parameter (TaskHub, ConnectionName, InputConverter and ConverterFallbackBehavior omitted: the app sets none).</summary>
public sealed class DurableClientAttribute : InputBindingAttribute
{
}
