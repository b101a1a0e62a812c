using Lakehouse.Functions.Activities;
using Microsoft.DurableTask;

namespace Lakehouse.Functions.Orchestrations;

/// <summary>
/// The orchestrations' retry policy: three attempts, 2 s then 4 s apart, only for a <see cref="TransientFailureException"/>
/// (the activities classify: <see cref="TransientFailures"/>). A permanent failure — bad data, a missing object, a failed
/// stage whose retry would fail the same way — ends the call at once. Every stage is idempotent, so a retry is safe.
/// </summary>
public static class Retries
{
    /// <summary>The policy every stage call uses.</summary>
    public static TaskOptions Transient { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2.0)
    {
        HandleFailure = failure => failure.IsCausedBy<TransientFailureException>(),
    });
}
