namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stand-in: timer trigger payload.</summary>
public class TimerInfo
{
    public ScheduleStatus? ScheduleStatus { get; set; }

    public bool IsPastDue { get; set; }
}
