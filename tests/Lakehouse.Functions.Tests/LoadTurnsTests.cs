using Lakehouse.Functions.Orchestrations;

namespace Lakehouse.Functions.Tests;

public sealed class LoadTurnsTests
{
    [Fact]
    public void StartNow_MixedTiers_StartsLowestTierSmallestFirstUpToTheTransformLimit()
    {
        var turns = new LoadTurns(tiers: [2, 0, 1, 0], sizes: [10, 300, 5, 100], maxTransforms: 1, maxLoads: 2);

        Assert.Equal([3], turns.StartNow());
        Assert.Empty(turns.StartNow());
        turns.Prepared(3);
        Assert.Equal([1], turns.StartNow());
    }

    [Fact]
    public void StartNow_SameTier_ObjectsFeedingTheFinishStartFirst_LargestFirst_ThenTheOthersSmallestFirst()
    {
        // Tier 2 of the Olist run: items (15 MB) and payments (5.6 MB) feed the finish, reviews (13.5 MB) and a small
        // file (1 MB) do not: the items, the longest link of the chain, first; then the payments; then smallest first.
        var turns = new LoadTurns(tiers: [2, 2, 2, 2], sizes: [13_500, 5_600, 15_000, 1_000], maxTransforms: 1, maxLoads: 2, feedsFinish: [false, true, true, false]);

        var started = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var next = Assert.Single(turns.StartNow());
            started.Add(next);
            turns.Prepared(next);
        }

        Assert.Equal([2, 1, 3, 0], started);
    }

    [Fact]
    public void StartNow_TwoTransforms_TheLargestObjectStartsFirstWhateverItsTier()
    {
        // The geolocation file: the largest, in the last tier; it transforms from the start, beside the smallest of tier 0.
        var turns = new LoadTurns(tiers: [0, 0, 3, 1], sizes: [10, 20, 1000, 5], maxTransforms: 2, maxLoads: 2);

        Assert.Equal([2, 0], turns.StartNow());
        turns.Prepared(2);
        Assert.Equal([1], turns.StartNow());
        Assert.DoesNotContain(2, turns.ReleaseNow()); // its load still waits for the lower tiers
    }

    [Fact]
    public void ReleaseNow_HigherTierPrepared_WaitsUntilEveryLowerTierObjectFinished()
    {
        var turns = new LoadTurns(tiers: [0, 1], sizes: [0, 0], maxTransforms: 2, maxLoads: 2);
        turns.StartNow();
        turns.Prepared(1);

        Assert.Empty(turns.ReleaseNow());
        turns.Prepared(0);
        Assert.Equal([0], turns.ReleaseNow());
        Assert.Empty(turns.ReleaseNow());
        turns.Finished(0);
        Assert.Equal([1], turns.ReleaseNow());
    }

    [Fact]
    public void ReleaseNow_SameTier_ReleasesInPreparedOrderUpToTheLoadLimit()
    {
        var turns = new LoadTurns(tiers: [1, 1, 1], sizes: [0, 0, 0], maxTransforms: 3, maxLoads: 2);
        turns.StartNow();
        turns.Prepared(2);
        turns.Prepared(0);
        turns.Prepared(1);

        Assert.Equal([2, 0], turns.ReleaseNow());
        turns.Finished(2);
        Assert.Equal([1], turns.ReleaseNow());
    }

    [Fact]
    public void StartNow_PreparedObjectsWaitingForTheirTurn_DoNotHoldTransformSlots()
    {
        var turns = new LoadTurns(tiers: [0, 1, 1], sizes: [0, 0, 0], maxTransforms: 1, maxLoads: 1);
        Assert.Equal([0], turns.StartNow());
        turns.Prepared(0);
        turns.ReleaseNow();

        Assert.Equal([1], turns.StartNow());
        turns.Prepared(1);
        Assert.Equal([2], turns.StartNow());
        Assert.Equal((1, 1, 1), (turns.Transforming, turns.Waiting, turns.Loading));
    }

    [Fact]
    public void Finished_ObjectEndingEarly_FreesItsSlotAndOpensTheGate()
    {
        var turns = new LoadTurns(tiers: [0, 1], sizes: [0, 0], maxTransforms: 1, maxLoads: 1);
        turns.StartNow();

        turns.Finished(0);
        Assert.Equal([1], turns.StartNow());
        turns.Prepared(1);
        Assert.Equal([1], turns.ReleaseNow());
        turns.Finished(1);
        Assert.True(turns.AllDone);
    }

    [Fact]
    public void ReleaseNow_SameTier_ObjectsFeedingTheFinishGoFirst_ThenTheFinishCanRunBesideTheRest()
    {
        // Tier 1: geolocation, reviews (0, 1) prepared before items and payments (2, 3), which queue order totals.
        var turns = new LoadTurns(tiers: [1, 1, 1, 1], sizes: [0, 0, 0, 0], maxTransforms: 4, maxLoads: 2, feedsFinish: [false, false, true, true]);
        turns.StartNow();
        foreach (var i in new[] { 0, 1, 2, 3 })
        {
            turns.Prepared(i);
        }

        Assert.Equal([2, 3], turns.ReleaseNow());
        turns.Finished(2);
        Assert.False(turns.FeedersDone);
        Assert.Equal([0], turns.ReleaseNow());
        turns.Finished(3);
        Assert.True(turns.FeedersDone); // reviews still to load: the finish runs beside it
        Assert.Equal([1], turns.ReleaseNow());
        turns.Finished(0);
        turns.Finished(1);
        Assert.False(turns.FeedersDone); // nothing left to run beside: the run finishes after its last load
    }

    [Fact]
    public void FeedersDone_NoObjectFeedsTheFinish_IsFalse()
    {
        var turns = new LoadTurns(tiers: [0, 1], sizes: [0, 0], maxTransforms: 1, maxLoads: 1);
        turns.StartNow();
        turns.Finished(0);

        Assert.False(turns.FeedersDone);
    }
}
