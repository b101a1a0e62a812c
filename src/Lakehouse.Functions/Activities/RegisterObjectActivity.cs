using Lakehouse.Core.Catalog;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>Register stage: hash, recognise and catalog a bronze object. Runs at least once; idempotent.</summary>
public sealed class RegisterObjectActivity(ObjectRegistrar registrar, LakeCatalog catalog, TimeProvider time)
{
    /// <summary>Registers the object and records the stage.</summary>
    [Function(nameof(RegisterObjectActivity))]
    public Task<RegisterObjectResult> RunAsync([ActivityTrigger] RegisterObjectInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TransientFailures.RunAsync(
            $"register of {input.Bucket}/{input.Key}",
            async () =>
            {
                var started = time.GetUtcNow();
                var item = await registrar.RegisterAsync(input.Bucket, input.Key, input.Dataset, cancellationToken);
                await catalog.RecordStageAsync(input.RunId, item.ObjectId, PipelineStage.Register, StageStatus.Succeeded, null, started, null, new { Status = item.Status.ToText(), item.Sha256, item.Size }, cancellationToken);
                return new RegisterObjectResult(item.ObjectId, item.Dataset, item.Status, item.DuplicateOf, item.Size);
            },
            cancellationToken);
    }
}
