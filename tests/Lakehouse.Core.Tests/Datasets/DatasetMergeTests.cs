using System.Text.RegularExpressions;
using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Tests.Datasets;

/// <summary>
/// <see cref="DatasetMerge.StatementsIntoEmptyTarget"/>: the MERGE of a load into an empty table as the INSERT … SELECT
/// of its WHEN NOT MATCHED clause, the other statements untouched; not for a merge of another shape. That the rows are
/// the same is shown on a real warehouse (Lakehouse.Functions.Tests: a forced re-run, merged, changes no fact row).
/// </summary>
public class DatasetMergeTests
{
    [Theory]
    [InlineData("orders", "dw.fact_order")]
    [InlineData("order_items", "dw.fact_order_item")]
    [InlineData("order_payments", "dw.fact_payment")]
    [InlineData("order_reviews", "dw.fact_review")]
    [InlineData("products", "dw.dim_product")]
    [InlineData("customers", "dw.dim_customer")]
    [InlineData("indicators", "dw.fact_indicator")]
    [InlineData("weather_daily", "dw.fact_weather_daily")]
    public void StatementsIntoEmptyTarget_BuiltInMerge_InsertsTheNotMatchedColumnsFromTheSameSource(string dataset, string table)
    {
        var merge = BuiltInDatasets.Registry.Find(dataset)!.Merge;
        Assert.Equal(table, merge.Target);

        var intoEmpty = merge.StatementsIntoEmptyTarget;

        Assert.NotNull(intoEmpty);
        var at = merge.Statements.ToList().FindIndex(s => s.Contains($"MERGE INTO {table} ", StringComparison.Ordinal));
        Assert.Equal(merge.Statements.Where((_, i) => i != at), intoEmpty.Where((_, i) => i != at));
        var original = merge.Statements[at];
        var insert = intoEmpty[at];
        Assert.StartsWith($"INSERT INTO {table} (", insert, StringComparison.Ordinal);
        Assert.DoesNotContain("MERGE", insert, StringComparison.Ordinal);
        Assert.DoesNotContain("WHEN", insert, StringComparison.Ordinal);
        // The same column list and values as the WHEN NOT MATCHED clause, and the same USING query under the same alias.
        var notMatched = Regex.Match(original, @"WHEN NOT MATCHED THEN\s+INSERT \((?<columns>[^)]*)\)\s+VALUES \((?<values>[\s\S]*)\)\s*$");
        Assert.True(notMatched.Success, original);
        Assert.Contains($"({notMatched.Groups["columns"].Value})\nSELECT {notMatched.Groups["values"].Value}\nFROM (", insert, StringComparison.Ordinal);
        var source = original[(original.IndexOf("USING (", StringComparison.Ordinal) + "USING (".Length)..original.IndexOf(") AS x", StringComparison.Ordinal)];
        Assert.EndsWith($"FROM ({source}) AS x", insert, StringComparison.Ordinal);
    }

    [Fact]
    public void StatementsIntoEmptyTarget_MergeOfAnotherShape_IsNull()
    {
        // No target (an INSERT … ON CONFLICT needs the table's unique indexes), a conditional or second NOT MATCHED
        // clause, a clause after it, or an earlier statement that writes the target: the MERGE runs as written.
        Assert.Null(BuiltInDatasets.Registry.Find("sellers")!.Merge.StatementsIntoEmptyTarget);
        Assert.Null(Probe("MERGE INTO dw.t AS f USING (SELECT a FROM stg) AS x ON f.a = x.a WHEN NOT MATCHED AND x.a > 0 THEN INSERT (a) VALUES (x.a)"));
        Assert.Null(Probe("MERGE INTO dw.t AS f USING (SELECT a FROM stg) AS x ON f.a = x.a WHEN NOT MATCHED THEN INSERT (a) VALUES (x.a) WHEN MATCHED THEN DELETE"));
        Assert.Null(Probe("INSERT INTO dw.t (a) SELECT 1", "MERGE INTO dw.t AS f USING (SELECT a FROM stg) AS x ON f.a = x.a WHEN NOT MATCHED THEN INSERT (a) VALUES (x.a)"));
        Assert.Equal(
            "INSERT INTO dw.t (a, b)\nSELECT x.a, coalesce(x.b, ')')\nFROM (SELECT a, b FROM stg -- (a comment)\n) AS x",
            Probe("DELETE FROM dw.t f WHERE f.source_object_id = $1", "MERGE INTO dw.t AS f USING (SELECT a, b FROM stg -- (a comment)\n) AS x ON f.a = x.a WHEN MATCHED THEN UPDATE SET b = x.b WHEN NOT MATCHED THEN INSERT (a, b) VALUES (x.a, coalesce(x.b, ')'))")?[1]);
    }

    private static IReadOnlyList<string>? Probe(params string[] statements) => DatasetMerge.IntoEmptyTarget(statements, "dw.t");
}
