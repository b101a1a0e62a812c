using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Tests.Warehouse;

/// <summary>
/// The loader's geography aggregate follows the SQL it replaced: <c>round(avg(x)::numeric, 6)::double precision</c> and
/// <c>mode()</c> under the C collation. The full-data comparison is OlistSubsetPipelineTests (against DuckDB).
/// </summary>
public sealed class GeographyStagingTests
{
    [Theory]
    [InlineData(-23.5456215, 1, -23.545622)] // half away from zero, as numeric round
    [InlineData(23.5456215, 1, 23.545622)]
    [InlineData(-47.0, 2, -23.5)]
    [InlineData(0.0, 3, 0.0)]
    public void RoundedMean_AsPostgresNumericRound(double sum, long count, double expected) =>
        Assert.Equal(expected, GeographyStaging.RoundedMean(sum, count));

    [Fact]
    public void RoundedMean_NoValues_IsNull() => Assert.Null(GeographyStaging.RoundedMean(0, 0));

    [Fact]
    public void Mode_Tie_GoesToTheFirstInByteOrder()
    {
        var counts = new GeographyStaging.ValueCounts();
        foreach (var city in new[] { "são paulo", "Sao Paulo", "são paulo", "santos", "Sao Paulo" })
        {
            counts.Count(0, city);
        }

        Assert.Equal("Sao Paulo", counts.Modes(1)[0]);
        counts.Count(0, "santos");
        counts.Count(0, "santos");
        Assert.Equal("santos", counts.Modes(1)[0]);
        Assert.Null(counts.Modes(2)[1]); // a prefix without a counted text has no mode
    }
}
