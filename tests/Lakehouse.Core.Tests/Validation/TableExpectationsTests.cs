using Lakehouse.Core.Datasets;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using static Lakehouse.Core.Tests.Validation.SilverFiles;

namespace Lakehouse.Core.Tests.Validation;

public class TableExpectationsTests
{
    private static readonly DatasetDefinition Items = OlistDatasets.OrderItems;
    private static readonly DatasetDefinition Orders = OlistDatasets.Orders;
    private static readonly DateTime Purchase = new(2018, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    [Fact]
    public async Task EvaluateAsync_CompoundKeyRepeatedAcrossRowGroups_ReportsCriticalUniqueKey()
    {
        var rows = Enumerable.Range(1, 50).Select(i => Item("o" + i, 1, 10m)).Append(Item("o1", 1, 11m)).Append(Item("o1", 2, 12m));
        using var silver = await WriteAsync(Items, rows);

        var findings = await EvaluateAsync(Items, silver);

        var finding = Assert.Single(findings);
        Assert.Equal(("unique_key", "order_id,order_item_id", FindingSeverity.Critical, 1L), (finding.Expectation, finding.Column, finding.Severity, finding.FailedRows));
    }

    [Theory]
    [InlineData(3, 10, false)]
    [InlineData(4, 10, true)]
    [InlineData(1, 2, true)]
    public async Task RowCountRange_ThreeRows_FailsOutsideBounds(long min, long max, bool fails)
    {
        using var silver = await WriteAsync(Items, [Item("a", 1, 1m), Item("b", 1, 1m), Item("c", 1, 1m)]);

        var findings = await EvaluateAsync(Items, silver, new RowCountRange(min, max, FindingSeverity.Warning));

        Assert.Equal(fails, findings.Any(f => f is { Expectation: "row_count_range", Severity: FindingSeverity.Warning }));
    }

    [Fact]
    public async Task NullFraction_NullsAboveBound_ReportsCountAndSeverity()
    {
        using var silver = await WriteAsync(Orders, [Order("a", Purchase), Order("b", Purchase), Order("c", Purchase, Purchase.AddDays(3)), Order("d", Purchase)]);

        var findings = await EvaluateAsync(Orders, silver,
            new NullFraction(Orders, "order_delivered_customer_date", 0.5, FindingSeverity.Error),
            new NullFraction(Orders, "order_approved_at", 1, FindingSeverity.Warning));

        var finding = Assert.Single(findings);
        Assert.Equal(("null_fraction", "order_delivered_customer_date", FindingSeverity.Error, 3L), (finding.Expectation, finding.Column, finding.Severity, finding.FailedRows));
    }

    [Theory]
    [InlineData(10, 30, false)]
    [InlineData(25, 30, true)]
    public async Task MeanRange_PriceMeanTwenty_FailsOutsideRange(double min, double max, bool fails)
    {
        using var silver = await WriteAsync(Items, [Item("a", 1, 10m), Item("b", 1, 20m), Item("c", 1, 30m)]);

        var findings = await EvaluateAsync(Items, silver, new MeanRange(Items, "price", min, max, FindingSeverity.Warning));

        Assert.Equal(fails, findings.Any(f => f is { Expectation: "mean_range", Column: "price" }));
    }

    [Fact]
    public async Task SumRange_NegativeFreightSum_ReportsError()
    {
        using var silver = await WriteAsync(Items, [Item("a", 1, 10m, freight: 5m), Item("b", 1, 10m, freight: -7.5m)]);

        var findings = await EvaluateAsync(Items, silver, new SumRange(Items, "freight_value", 0, double.MaxValue, FindingSeverity.Error),
            new SumRange(Items, "price", 0, double.MaxValue, FindingSeverity.Error));

        var finding = Assert.Single(findings);
        Assert.Equal(("sum_range", "freight_value", FindingSeverity.Error), (finding.Expectation, finding.Column, finding.Severity));
    }

    [Fact]
    public async Task ReferentialIntegrity_TwoOrdersNotLoaded_ReportsDistinctMissingAsWarning()
    {
        using var silver = await WriteAsync(Items, [Item("known", 1, 1m), Item("lost", 1, 1m), Item("lost", 2, 1m), Item("gone", 1, 1m)]);
        var lookup = new KeySetLookup(new() { ["dw.fact_order.order_id"] = ["known"] });

        var findings = await EvaluateAsync(Context(Items, lookup), silver,
            new ReferentialIntegrity(Items, "order_id", "dw.fact_order", "order_id", FindingSeverity.Warning));

        var finding = Assert.Single(findings);
        Assert.Equal(("referential_integrity", "order_id", FindingSeverity.Warning, 2L), (finding.Expectation, finding.Column, finding.Severity, finding.FailedRows));
    }

    [Fact]
    public async Task ReferentialIntegrity_MoreDistinctValuesThanABatch_CountsEachMissingValueOnce()
    {
        // 2.4 batches of distinct orders, each order twice (rows far apart, so a value's repeat falls in a later batch):
        // the check never holds the whole file's values, and a value is sent to the warehouse once.
        var distinct = (ReferentialIntegrity.BatchSize * 12) / 5;
        var orders = Enumerable.Range(0, distinct).Select(i => $"order-{i:D7}").ToArray();
        var rows = orders.Concat(orders).Select(o => Item(o, 1, 1m));
        using var silver = await WriteAsync(Items, rows);
        var known = orders.Where((_, i) => i % 3 != 0).ToHashSet();
        var lookup = new CountingLookup(new KeySetLookup(new() { ["dw.fact_order.order_id"] = known }));
        var expectation = new ReferentialIntegrity(Items, "order_id", "dw.fact_order", "order_id", FindingSeverity.Warning);

        var findings = await EvaluateAsync(Context(Items, lookup), silver, expectation);

        var finding = Assert.Single(findings, f => f.Expectation == "referential_integrity");
        Assert.Equal(orders.Length - known.Count, finding.FailedRows);
        Assert.Equal(distinct, lookup.ValuesSent);
        Assert.True(lookup.Calls >= 3, $"{lookup.Calls} queries");
        Assert.True(lookup.LargestBatch < 2 * ReferentialIntegrity.BatchSize, $"largest batch {lookup.LargestBatch}");
        Assert.Equal($"{orders.Length - known.Count:N0} of {distinct:N0} distinct value(s) missing", expectation.Observed);
    }

    [Fact]
    public async Task EvaluateReferencesAsync_OnlyTheWatchedColumns_FindsWhatTheWholePassFinds()
    {
        // The run's split (validated when transformed, references at the load turn) must not change a verdict.
        using var silver = await WriteAsync(Items, [Item("known", 1, 1m), Item("lost", 1, 1m, product: "p9"), Item("gone", 1, 1m), Item("known", 2, 1m, product: "p9")]);
        var lookup = new KeySetLookup(new() { ["dw.fact_order.order_id"] = ["known"], ["dw.dim_product.product_id"] = ["p1"], ["dw.dim_seller.seller_id"] = ["s1"] });
        static ITableExpectation[] References() =>
        [
            new ReferentialIntegrity(Items, "order_id", "dw.fact_order", "order_id", FindingSeverity.Warning),
            new ReferentialIntegrity(Items, "product_id", "dw.dim_product", "product_id", FindingSeverity.Warning),
            new ReferentialIntegrity(Items, "seller_id", "dw.dim_seller", "seller_id", FindingSeverity.Warning),
        ];

        var whole = await EvaluateAsync(Context(Items, lookup), silver, References());
        silver.Position = 0;
        var split = await TableExpectations.EvaluateReferencesAsync(silver, Context(Items, lookup), References(), CancellationToken.None);

        Assert.Equal(3, split.Count);
        Assert.Equal(
            whole.Select(f => (f.Expectation, f.Column, f.FailedRows)),
            split.Select(r => r.ToFinding()).OfType<Finding>().Select(f => (f.Expectation, f.Column, f.FailedRows)));
        Assert.Equal([("order_id", 2L), ("product_id", 1L)], split.Where(r => !r.Passed).Select(r => (r.Column!, r.FailedRows)));
    }

    [Fact]
    public async Task ReadRowGroupAsync_SomeColumns_DecodesOnlyThoseAndSaysSoOfTheOthers()
    {
        using var silver = await WriteAsync(Items, [Item("a", 1, 10m), Item("b", 2, 20m)]);
        await using var reader = await Lakehouse.Core.Parquet.ParquetFileReader.OpenAsync(silver);

        using var group = await reader.ReadRowGroupAsync(0, new HashSet<int> { 1 });

        Assert.Equal([1, 2], group.Column<int>(1).Values.ToArray());
        Assert.Equal(2, group.Columns[0].RowCount);
        var unread = Assert.Throws<InvalidOperationException>(() => group.Column<ReadOnlyMemory<char>>(0));
        Assert.Contains("'order_id' was not read", unread.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => group.Columns[5].GetValue(0));
    }

    private sealed class CountingLookup(IReferenceLookup inner) : IReferenceLookup
    {
        public int Calls { get; private set; }

        public long ValuesSent { get; private set; }

        public int LargestBatch { get; private set; }

        public Task<long> CountMissingAsync(string table, string column, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            Calls++;
            ValuesSent += keys.Count;
            LargestBatch = Math.Max(LargestBatch, keys.Count);
            return inner.CountMissingAsync(table, column, keys, cancellationToken);
        }
    }

    [Theory]
    [InlineData("2018-01-02", null, false)]
    [InlineData("2017-12-01", null, true)] // purchases after the ingest date: in the future
    [InlineData("2018-09-01", 30, true)] // newest purchase more than 30 days before ingest
    [InlineData("2018-01-20", 30, false)]
    public async Task Freshness_NewestPurchaseJan2_FailsWhenFutureOrTooOld(string ingest, int? maxAgeDays, bool fails)
    {
        using var silver = await WriteAsync(Orders, [Order("a", Purchase.AddDays(-40)), Order("b", Purchase)]);
        var context = Context(Orders) with { IngestDate = DateOnly.Parse(ingest, System.Globalization.CultureInfo.InvariantCulture) };

        var findings = await EvaluateAsync(context, silver, new Freshness(Orders, "order_purchase_timestamp", maxAgeDays, FindingSeverity.Warning));

        Assert.Equal(fails, findings.Any(f => f is { Expectation: "freshness", Severity: FindingSeverity.Warning }));
    }

    [Theory]
    [InlineData("order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value", false)]
    [InlineData("order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value,extra", false)]
    [InlineData("order_item_id,order_id,product_id,seller_id,shipping_limit_date,price,freight_value", true)]
    public async Task ColumnOrder_SourceHeader_FailsWhenDeclaredColumnsReordered(string header, bool fails)
    {
        using var silver = await WriteAsync(Items, [Item("a", 1, 1m)], new Dictionary<string, string> { [ColumnOrder.MetadataKey] = header });

        var findings = await EvaluateAsync(Items, silver, new ColumnOrder(FindingSeverity.Warning));

        Assert.Equal(fails, findings.Any(f => f is { Expectation: "column_order", Severity: FindingSeverity.Warning }));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(8, true)]
    public async Task TypeParseRate_TypeFindingsOfHundredRows_FailsBelowNinetyFivePercent(long typeFailures, bool fails)
    {
        using var silver = await WriteAsync(Items, [Item("a", 1, 1m)]);
        Finding[] rowFindings = [new("type_decimal", "price", FindingSeverity.Error, typeFailures, [], "not a decimal"), new("regex", "order_id", FindingSeverity.Error, 50, [], "not hex")];
        var context = Context(Items) with { RowsRead = 100, RowsQuarantined = typeFailures, RowFindings = rowFindings };

        var findings = await EvaluateAsync(context, silver, new TypeParseRate(0.95, FindingSeverity.Error));

        Assert.Equal(fails, findings.Any(f => f is { Expectation: "type_parse_rate", Severity: FindingSeverity.Error, FailedRows: 8 }));
    }
}
