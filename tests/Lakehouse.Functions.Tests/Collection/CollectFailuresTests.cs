using Lakehouse.Core.Catalog;
using Lakehouse.Functions.Orchestrations;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests.Collection;

/// <summary>
/// A branch that fails (an error answer, a malformed one) fails alone, named with its window: the other series and the
/// other source collect and load. (A location the API refuses cannot be configured: coordinates are validated first.)
/// </summary>
public sealed class CollectFailuresTests
{
    [RequiresRecordedAnswersFact]
    public async Task Collect_TwoSeriesAnswerWithErrors_FailThoseBranchesNamingThemAndTheOthersLoad()
    {
        using var server = new ReplayServer();
        var settings = new Dictionary<string, string?>
        {
            ["Lakehouse:Collection:Sources:0:Kind"] = "bcb-sgs",
            ["Lakehouse:Collection:Sources:0:Name"] = "bcb",
            ["Lakehouse:Collection:Sources:0:Series:0:Code"] = "433",
            ["Lakehouse:Collection:Sources:0:Series:1:Code"] = ReplayServer.Codes.NotFound.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lakehouse:Collection:Sources:0:Series:1:Periodicity"] = "monthly",
            ["Lakehouse:Collection:Sources:0:Series:2:Code"] = ReplayServer.Codes.Malformed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lakehouse:Collection:Sources:0:Series:2:Periodicity"] = "monthly",
            ["Lakehouse:Collection:Sources:1:Kind"] = "open-meteo",
            ["Lakehouse:Collection:Sources:1:Name"] = "weather",
            ["Lakehouse:Collection:Sources:1:Locations:0:Name"] = "Brasília",
            ["Lakehouse:Collection:Sources:1:Locations:0:State"] = "DF",
            ["Lakehouse:Collection:Sources:1:Locations:0:Latitude"] = "-15.7795",
            ["Lakehouse:Collection:Sources:1:Locations:0:Longitude"] = "-47.9297",
        };
        await using var harness = await CollectHarness.CreateAsync(server, "collect_failures", extraSettings: settings);

        var result = await harness.CollectAsync(new CollectInput(From: new DateOnly(2025, 1, 1), To: new DateOnly(2025, 12, 31)));

        Assert.Null(result.Error);
        Assert.Equal(4, result.Tasks);
        Assert.Equal(2, result.Failures.Count);
        Assert.Contains(result.Failures, f => f.Subject.Contains("999999", StringComparison.Ordinal) && f.Error.Contains("404", StringComparison.Ordinal));
        Assert.Contains(result.Failures, f => f.Subject.Contains("90005", StringComparison.Ordinal));
        Assert.All(result.Failures, f => Assert.NotNull(f.Window));
        Assert.Equal(2, result.Stored);
        Assert.All(result.Ingest!.Objects, o => Assert.Equal(ObjectStatus.Loaded, o.Status));
        Assert.Equal(12, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_indicator"));
        Assert.Equal(2, result.Ingest.Objects.Count); // the series 433 and Brasília's answer (empty for 2025 in the recording)
    }
}
