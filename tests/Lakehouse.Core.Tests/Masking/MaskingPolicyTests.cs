using Lakehouse.Core.Datasets;
using Lakehouse.Core.Masking;

namespace Lakehouse.Core.Tests.Masking;

public class MaskingPolicyTests
{
    [Fact]
    public void Olist_EveryDataset_NamesEveryColumn()
    {
        var policy = MaskingPolicy.Olist;

        var masks = OlistDatasets.All.Select(policy.For).ToList();

        Assert.Equal("olist.masking/v1", policy.Id);
        Assert.Equal(OlistDatasets.All.Sum(d => d.Columns.Count), masks.Sum(m => m.Count));
    }

    [Fact]
    public void Olist_PersonalColumns_PseudonymizedOrScrubbed()
    {
        var customers = MaskingPolicy.Olist.For(OlistDatasets.Customers);
        var orders = MaskingPolicy.Olist.For(OlistDatasets.Orders);
        var reviews = MaskingPolicy.Olist.For(OlistDatasets.Reviews);

        Assert.Equal(new ColumnMask(MaskAction.Pseudonymize, "customer_id"), customers[0]);
        Assert.Equal(new ColumnMask(MaskAction.Pseudonymize, "customer_unique_id"), customers[1]);
        Assert.Equal(customers[0], orders[OlistDatasets.Orders.Ordinal("customer_id")]);
        Assert.Equal(MaskAction.Scrub, reviews[OlistDatasets.Reviews.Ordinal("review_comment_message")].Action);
        Assert.Equal(MaskAction.Scrub, reviews[OlistDatasets.Reviews.Ordinal("review_comment_title")].Action);
    }

    [Fact]
    public void For_ColumnMissingFromPolicy_Throws()
    {
        var policy = MaskingPolicy.Parse("""{ "policy": "t/v1", "datasets": { "sellers": { "seller_id": { "action": "keep" } } } }""");

        var error = Assert.Throws<InvalidOperationException>(() => policy.For(OlistDatasets.Sellers));

        Assert.Contains("seller_zip_code_prefix", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "policy": "t/v1", "datasets": { "x": { "a": { "action": "pseudonymize" } } } }""")]
    [InlineData("""{ "policy": "t/v1", "datasets": { "x": { "a": { "action": "shred" } } } }""")]
    [InlineData("""{ "datasets": {} }""")]
    public void Parse_InvalidDocument_ThrowsFormatException(string json)
    {
        Assert.Throws<FormatException>(() => MaskingPolicy.Parse(json));
    }

    [Fact]
    public void Apply_EachAction_MasksAsDeclared()
    {
        var masker = new ColumnMasker(new Pseudonymizer("a-test-key-of-16-chars"));
        var at = new DateTime(2018, 8, 15, 13, 45, 0, DateTimeKind.Utc);

        Assert.Equal("01310", masker.Apply(ColumnMask.Keep, "01310"));
        Assert.Equal(32, ((string)masker.Apply(new ColumnMask(MaskAction.Pseudonymize, "d"), "01310")!).Length);
        Assert.Equal("[REDACTED]", masker.Apply(new ColumnMask(MaskAction.Redact), "Maria"));
        Assert.Null(masker.Apply(new ColumnMask(MaskAction.Redact), 42));
        Assert.Equal("013**", masker.Apply(new ColumnMask(MaskAction.Generalize, KeepPrefix: 3), "01310"));
        Assert.Equal(new DateTime(2018, 8, 1, 0, 0, 0, DateTimeKind.Utc), masker.Apply(new ColumnMask(MaskAction.Generalize), at));
        Assert.Equal("cpf [CPF]", masker.Apply(new ColumnMask(MaskAction.Scrub), "cpf 529.982.247-25"));
    }
}
