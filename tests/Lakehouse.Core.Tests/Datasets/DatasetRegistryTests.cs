using Lakehouse.Core.Datasets;
using Lakehouse.Core.Datasets.Olist;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Core.Tests.Datasets;

/// <summary>The dataset registry: every built-in unit is complete, and a unit missing a piece fails when the registry is built.</summary>
public class DatasetRegistryTests
{
    [Fact]
    public void Registry_BuiltIn_HoldsEveryUnitInLoadTierOrderWithEveryPiece()
    {
        var registry = BuiltInDatasets.Registry;

        Assert.Equal(OlistDatasets.All.Select(d => d.Name), registry.Units.Take(9).Select(u => u.Name));
        Assert.All(registry.Units, u =>
        {
            Assert.NotEmpty(u.Merge.Statements);
            Assert.Equal(u.Definition.Columns.Count, u.Masks.Count);
            Assert.NotEmpty(u.CreateTableExpectations());
        });
    }

    [Fact]
    public void Constructor_UnitMissingPieces_FailsNamingTheDatasetAndEachPiece()
    {
        var error = Assert.Throws<DatasetRegistryException>(() => new DatasetRegistry([.. OlistDatasets.Units, new BrokenDataset()]));

        Assert.Equal(4, error.Problems.Count);
        Assert.All(error.Problems, p => Assert.StartsWith("dataset 'broken' (BrokenDataset), ", p, StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("merge: Merge SQL 'broken.merge.sql' is not embedded", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("masking: Masking policy olist.masking/v1 has no entry for dataset 'broken'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("row rules: Dataset 'broken' has no column 'absent'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("table expectations: Dataset 'broken' has no column 'missing'", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_LockOnATableOutsideTheLockOrder_Fails()
    {
        var error = Assert.Throws<DatasetRegistryException>(() => new DatasetRegistry([new OrdersWithLocks(new MergeLockSet(["fact_order", "dim_weather"], []))]));

        Assert.Contains("lock set names table(s) dim_weather missing from the lock order", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoUnitsClaimTheSameFile_Fails()
    {
        var error = Assert.Throws<DatasetRegistryException>(() => new DatasetRegistry([new OrdersDataset(), new OrdersDataset()]));

        Assert.Contains(error.Problems, p => p == "dataset 'orders': registered 2 times");
        Assert.Contains(error.Problems, p => p.StartsWith("recognition: file 'olist_orders_dataset' is claimed by orders, orders", StringComparison.Ordinal));
    }

    [Fact]
    public void AddLakehouse_Composition_RegistersTheCheckedRegistry()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddLogging().AddLakehouse(configuration).BuildServiceProvider();

        Assert.Same(BuiltInDatasets.Registry, services.GetRequiredService<DatasetRegistry>());
    }

    [Theory]
    [InlineData("olist/orders/ingest_date=2026-11-22/olist_orders_dataset.csv.gz", "orders")]
    [InlineData("PRODUCT_CATEGORY_NAME_TRANSLATION.CSV", "category_translation")]
    [InlineData("inbox/ingest_date=2026-11-22/sales.csv", null)]
    public void Recognize_Key_FindsTheUnit(string key, string? dataset)
    {
        Assert.Equal(dataset, BuiltInDatasets.Registry.Recognize(key)?.Name);
    }

    /// <summary>Declares a schema but points at no merge SQL and no masking section, and names columns it lacks.</summary>
    private sealed class BrokenDataset : DatasetUnit
    {
        public override DatasetDefinition Definition { get; } = new("broken", "test.broken/v1", [new("id", ColumnKind.String)], ["id"], LoadTier: 0);

        public override DatasetRecognition Recognition { get; } = DatasetRecognition.FileName("broken_dataset");

        public override MaskingReference Masking { get; } = new(OlistDataset.MaskingPolicyResource, "broken");

        public override DatasetMerge Merge { get; } = new("broken.merge.sql", new MergeLockSet(["fact_order"], []));

        protected override void DeclareRowRules(RowValidator rules) => rules.HexId("absent");

        protected override IEnumerable<ITableExpectation> DeclareTableExpectations() => [new NullFraction(Definition, "missing", 0, FindingSeverity.Warning)];
    }

    /// <summary>The orders unit with another lock set.</summary>
    private sealed class OrdersWithLocks(MergeLockSet locks) : DatasetUnit
    {
        private readonly OrdersDataset _orders = new();

        public override DatasetDefinition Definition => _orders.Definition;

        public override DatasetRecognition Recognition => _orders.Recognition;

        public override MaskingReference Masking => _orders.Masking;

        public override DatasetMerge Merge => _orders.Merge with { Locks = locks };

        protected override void DeclareRowRules(RowValidator rules)
        {
        }

        protected override IEnumerable<ITableExpectation> DeclareTableExpectations() => [];
    }
}
