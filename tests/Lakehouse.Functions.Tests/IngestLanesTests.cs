using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The two lanes of <see cref="Orchestrations.IngestOrchestration"/>: objects are prepared ahead, but an object is
/// loaded — and validated, when its expectations consult the warehouse — only after every object of a lower load tier
/// has finished loading (recorded stage times).
/// </summary>
public class IngestLanesTests
{
    [Fact]
    public async Task Ingest_ThreeTiers_LoadsEachTierAndValidatesReferencesAfterTheLowerTiersLoaded()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "lanes");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 150);

        PipelineHarness.AssertAllLoaded(await harness.IngestAsync(await harness.UploadAsync([.. files])));

        var tiers = files.Select(f => OlistDatasets.Recognize(Path.GetFileName(f))!).ToDictionary(d => d.Name, d => d.LoadTier);
        Assert.Equal(3, tiers.Values.Distinct().Count());
        var stages = new List<(string Dataset, PipelineStage Stage, DateTime Started, DateTime Finished)>();
        await using (var command = harness.Database.CreateCommand(
            "SELECT o.dataset, s.stage, s.started_at, s.finished_at FROM lakehouse.stage_results s JOIN lakehouse.objects o USING (object_id)"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stages.Add((reader.GetString(0), EnumText.Parse<PipelineStage>(reader.GetString(1)), reader.GetDateTime(2), reader.GetDateTime(3)));
            }
        }

        var atTurn = files.Select(f => BuiltInDatasets.Registry.Recognize(Path.GetFileName(f))!)
            .ToDictionary(u => u.Name, u => u.ValidatesAgainstWarehouse);
        Assert.Equal([false, true], atTurn.Values.Distinct().Order()); // both kinds in the run (order items: referential integrity)
        foreach (var (dataset, tier) in tiers)
        {
            // The load waits for every lower tier; so do the expectations that look at the warehouse (the references
            // stage, only for datasets that have them). The rest is validated as soon as the file is transformed.
            var loadStart = stages.Single(s => s.Dataset == dataset && s.Stage == PipelineStage.Load).Started;
            var validated = stages.Single(s => s.Dataset == dataset && s.Stage == PipelineStage.Validate);
            var references = stages.SingleOrDefault(s => s.Dataset == dataset && s.Stage == PipelineStage.References);
            Assert.Equal(atTurn[dataset], references != default);
            Assert.True(validated.Finished <= (atTurn[dataset] ? references.Started : loadStart), $"{dataset}: validated after its next stage started");
            foreach (var lower in tiers.Where(t => t.Value < tier).Select(t => t.Key))
            {
                var lowerLoaded = stages.Single(s => s.Dataset == lower && s.Stage == PipelineStage.Load).Finished;
                Assert.True(lowerLoaded <= loadStart, $"{dataset} (tier {tier}) loaded at {loadStart:O}, before {lower} (lower tier) finished loading at {lowerLoaded:O}");
                Assert.True(!atTurn[dataset] || lowerLoaded <= references.Started,
                    $"{dataset} (tier {tier}) checked its references at {references.Started:O}, before {lower} (lower tier) finished loading at {lowerLoaded:O}");
            }
        }
    }
}
