using Lakehouse.Core.Datasets;
using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Tests.Validation;

public class OlistTableSuitesTests
{
    [Fact]
    public void For_EveryOlistDataset_DeclaresColumnOrderTypeRateAndRowCountRange()
    {
        var datasets = OlistDatasets.All;

        var kinds = datasets.ToDictionary(d => d.Name, d => OlistTableSuites.For(d).Select(e => e.Kind).ToHashSet());

        Assert.Equal(9, kinds.Count);
        Assert.All(kinds.Values, k => Assert.Superset(new HashSet<string> { "column_order", "type_parse_rate", "row_count_range" }, k));
    }

    [Fact]
    public void For_AllDatasets_CoverAtLeastEightDeclaredKindsWithExplicitSeverities()
    {
        var all = OlistDatasets.All.SelectMany(OlistTableSuites.For).ToList();

        Assert.True(all.Select(e => e.Kind).Distinct().Count() >= 8);
        Assert.Contains(all, e => e is { Kind: "null_fraction", Severity: FindingSeverity.Critical });
        Assert.All(all.Where(e => e.Kind == "referential_integrity"), e => Assert.Equal(FindingSeverity.Warning, e.Severity));
    }
}
