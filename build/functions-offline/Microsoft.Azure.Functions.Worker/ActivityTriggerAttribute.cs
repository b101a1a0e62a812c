using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: binds the input of an activity function (Activity, InputConverter and ConverterFallbackBehavior omitted: the app sets none).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ActivityTriggerAttribute : TriggerBindingAttribute
{
}
