using Lakehouse.Core.Collection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Plans a collection from the configured sources (<see cref="CollectionTasks.Plan"/>): the windows of every selected
/// series and location, and one pass per folder source. An unknown source or series, or an impossible range, is the
/// result's error, not a failure. Reads configuration only; runs at least once.
/// </summary>
public sealed class PlanCollectionActivity(CollectionTasks collection, IOptions<CollectionOptions> options)
{
    /// <summary>Returns the plan.</summary>
    [Function(nameof(PlanCollectionActivity))]
    public PlanCollectionResult Run([ActivityTrigger] PlanCollectionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var tasks = collection.Plan(new CollectionRequest(input.Source, input.Series, input.From, input.To), input.Now);
            return new PlanCollectionResult(tasks, options.Value.MaxParallelRequests);
        }
        catch (CollectionRequestException e)
        {
            return new PlanCollectionResult([], 0, e.Message);
        }
    }
}
