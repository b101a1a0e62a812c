using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Transform;
using Lakehouse.Core.Validation;
using Lakehouse.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The validate stage evaluates the row-group part of a file's expectations from what the transform observed while it
/// wrote the file (<see cref="TableObservation"/>), reading only the footer: every result and every metric must be what
/// reading the silver file back gives, for each of the nine Olist datasets (generated, with planted personal data).
/// </summary>
public class TableObservationTests
{
    [Fact]
    public async Task ValidateTable_FromTheTransformsObservation_EqualsReadingTheSilverFileBack()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "observation");
        using var folder = new TempDirectory();
        OlistGenerator.Write(folder.Path, 0.01);
        var result = await harness.IngestAsync(await harness.UploadAsync([.. Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal)]));
        PipelineHarness.AssertAllLoaded(result);
        Assert.Equal(9, result.Objects.Count);
        var transformer = harness.Services.GetRequiredService<ObjectTransformer>();
        var validator = harness.Services.GetRequiredService<ObjectValidator>();
        var observations = harness.Services.GetRequiredService<TableObservationCache>();
        var catalog = harness.Services.GetRequiredService<LakeCatalog>();

        foreach (var id in result.Objects.Select(o => o.ObjectId!.Value))
        {
            await transformer.TransformAsync(id, CancellationToken.None);
            var silverKey = (await catalog.GetAsync(id, CancellationToken.None)).SilverKey!;
            var observation = observations.Take(id, silverKey);
            Assert.NotNull(observation);
            Assert.True(observation.RowCount > 0, $"object {id}: nothing observed");
            observations.Put(id, silverKey, observation);

            var observed = await validator.ValidateTableAsync(id, "observed", CancellationToken.None);
            Assert.Null(observations.Take(id, silverKey)); // the validation took it
            var observedMetrics = await MetricsAsync(harness, id);
            var readBack = await validator.ValidateTableAsync(id, "read-back", CancellationToken.None);

            Assert.Equal(Describe(readBack), Describe(observed));
            Assert.Equal(await MetricsAsync(harness, id), observedMetrics);
        }
    }

    private static List<string> Describe(IReadOnlyList<ExpectationResult> results) =>
        [.. results.Select(r => $"{r.Expectation}|{r.Column}|{r.Severity}|{r.Passed}|{r.Observed}|{r.Expected}|{r.FailedRows}|{string.Join(',', r.SampleRows)}|{r.Message}")];

    private static Task<string> MetricsAsync(PipelineHarness harness, long objectId) => harness.ScalarAsync<string>(
        $"SELECT coalesce(string_agg(metric || ':' || column_name || '=' || value::text, ';' ORDER BY metric, column_name), '') FROM lakehouse.metrics WHERE object_id = {objectId}");
}
