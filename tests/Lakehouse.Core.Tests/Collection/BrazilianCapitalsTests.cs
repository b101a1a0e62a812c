using Lakehouse.Core.Collection;

namespace Lakehouse.Core.Tests.Collection;

public sealed class BrazilianCapitalsTests
{
    private static readonly string[] States =
        ["AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES", "GO", "MA", "MG", "MS", "MT", "PA", "PB", "PE", "PI", "PR", "RJ", "RN", "RO", "RR", "RS", "SC", "SE", "SP", "TO"];

    [Fact]
    public void All_OneCapitalPerState_InsideBrazil()
    {
        var capitals = BrazilianCapitals.All;

        Assert.Equal(States, capitals.Select(c => c.State));
        Assert.All(capitals, c => Assert.InRange(c.Latitude, -34, 6));
        Assert.All(capitals, c => Assert.InRange(c.Longitude, -74, -34));
        Assert.Equal(27, capitals.Select(c => c.Slug).Distinct().Count());
        Assert.Equal(27, capitals.Select(c => c.IbgeCode).Distinct().Count());
    }

    [Theory]
    [InlineData("SP", "São Paulo", "sao-paulo-sp")]
    [InlineData("DF", "Brasília", "brasilia-df")]
    [InlineData("PB", "João Pessoa", "joao-pessoa-pb")]
    public void All_Capital_HasNameAndAsciiSlug(string state, string name, string slug)
    {
        var capital = BrazilianCapitals.All.Single(c => c.State == state);

        Assert.Equal((name, slug), (capital.Name, capital.Slug));
    }
}
