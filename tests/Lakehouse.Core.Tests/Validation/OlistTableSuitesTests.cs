using Lakehouse.Core.Datasets;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;

namespace Lakehouse.Core.Tests.Validation;

/// <summary>The table expectations the Olist dataset units declare.</summary>
public class OlistTableSuitesTests
{
    private static IReadOnlyList<ITableExpectation> For(DatasetDefinition dataset) => BuiltInDatasets.Registry.Get(dataset.Name).CreateTableExpectations();

    [Fact]
    public void For_EveryOlistDataset_DeclaresColumnOrderTypeRateAndRowCountRange()
    {
        var datasets = OlistDatasets.All;

        var kinds = datasets.ToDictionary(d => d.Name, d => For(d).Select(e => e.Kind).ToHashSet());

        Assert.Equal(9, kinds.Count);
        Assert.All(kinds.Values, k => Assert.Superset(new HashSet<string> { "column_order", "type_parse_rate", "row_count_range" }, k));
    }

    [Fact]
    public void For_AllDatasets_CoverAtLeastEightDeclaredKindsWithExplicitSeverities()
    {
        var all = OlistDatasets.All.SelectMany(For).ToList();

        Assert.True(all.Select(e => e.Kind).Distinct().Count() >= 8);
        Assert.Contains(all, e => e is { Kind: "null_fraction", Severity: FindingSeverity.Critical });
        Assert.All(all.Where(e => e.Kind == "referential_integrity"), e => Assert.Equal(FindingSeverity.Warning, e.Severity));
    }
}
