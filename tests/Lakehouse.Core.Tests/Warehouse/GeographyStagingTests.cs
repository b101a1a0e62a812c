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
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["são paulo"] = 2, ["Sao Paulo"] = 2, ["santos"] = 1 };

        Assert.Equal("Sao Paulo", GeographyStaging.Mode(counts));
        counts["santos"] = 3;
        Assert.Equal("santos", GeographyStaging.Mode(counts));
    }
}
