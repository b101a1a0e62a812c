using Lakehouse.Core.Catalog;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Runs a stage and records its outcome (succeeded with rows, or failed with the error) in the catalog; a transient
/// failure leaves as <see cref="TransientFailureException"/> for the retry policy.
/// </summary>
public sealed class StageRecorder(LakeCatalog catalog, TimeProvider time)
{
    /// <summary>
    /// Runs <paramref name="stage"/> for the input's object, recording the result (unless <paramref name="recorded"/> says
    /// the stage did not happen after all: a load refused by its own check); failures are rethrown.
    /// </summary>
    public async Task<T> RunAsync<T>(ObjectStageInput input, PipelineStage stage, Func<Task<T>> work, Func<T, long?> rows, Func<T, object?> detail, CancellationToken cancellationToken,
        Func<T, bool>? recorded = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(detail);
        var started = time.GetUtcNow();
        T result;
        try
        {
            result = await TransientFailures.RunAsync($"{stage.ToText()} of object {input.ObjectId}", work, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await catalog.RecordStageAsync(input.RunId, input.ObjectId, stage, StageStatus.Failed, null, started, e.Message, null, CancellationToken.None);
            throw;
        }

        if (recorded is not null && !recorded(result))
        {
            return result;
        }

        await TransientFailures.RunAsync(
            $"recording the {stage.ToText()} of object {input.ObjectId}",
            async () =>
            {
                await catalog.RecordStageAsync(input.RunId, input.ObjectId, stage, StageStatus.Succeeded, rows(result), started, null, detail(result), cancellationToken);
                return true;
            },
            cancellationToken);
        return result;
    }
}
