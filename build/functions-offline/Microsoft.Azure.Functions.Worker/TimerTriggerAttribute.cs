using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: timer trigger with an NCRONTAB (6-field) or TimeSpan schedule (UseMonitor, RunOnStartup omitted: unset).</summary>
public sealed class TimerTriggerAttribute : TriggerBindingAttribute
{
    public TimerTriggerAttribute(string schedule)
    {
        Schedule = schedule;
    }

    public string Schedule { get; private set; }
}
