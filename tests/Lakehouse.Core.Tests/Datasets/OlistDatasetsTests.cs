using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Tests.Datasets;

public class OlistDatasetsTests
{
    [Theory]
    [InlineData("olist_orders_dataset.csv", "orders")]
    [InlineData("olist_orders_dataset.csv.gz", "orders")]
    [InlineData("olist/customers/ingest_date=2026-11-22/olist_customers_dataset.csv", "customers")]
    [InlineData("OLIST_ORDER_ITEMS_DATASET.CSV", "order_items")]
    public void Recognize_KnownFileName_ReturnsDataset(string name, string dataset)
    {
        Assert.Equal(dataset, OlistDatasets.Recognize(name)?.Name);
    }

    [Fact]
    public void Recognize_UnknownFileName_ReturnsNull()
    {
        Assert.Null(OlistDatasets.Recognize("sales_2024.csv"));
    }

    [Fact]
    public void OlistSampleGenerator_SameSeed_WritesSameBytes()
    {
        var a = Path.Combine(Path.GetTempPath(), $"sample-a-{Guid.NewGuid():N}");
        var b = Path.Combine(Path.GetTempPath(), $"sample-b-{Guid.NewGuid():N}");
        try
        {
            var first = OlistSampleGenerator.Write(a, 50);
            var second = OlistSampleGenerator.Write(b, 50);

            Assert.Equal(3, first.Count);
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(File.ReadAllBytes(first[i]), File.ReadAllBytes(second[i]));
            }
        }
        finally
        {
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }
}
