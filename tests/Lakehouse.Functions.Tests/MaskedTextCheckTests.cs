namespace Lakehouse.Functions.Tests;

public class MaskedTextCheckTests
{
    [Theory]
    [InlineData("Locador: Maria Souza, CPF 529.982.247-25.", "Locador: [NOME], CPF [CPF].", 2)]
    [InlineData("sem dados pessoais", "sem dados pessoais", 0)]
    [InlineData("e-mail ana@ exemplo.com e fim", "e-mail [EMAIL] e fim", 1)]
    public void Explain_OnlyMaskedSpansDiffer_ReturnsTheSpans(string raw, string stored, int spans)
    {
        var explained = MaskedTextCheck.Explain(raw, stored, out var problem);

        Assert.True(explained is not null, problem);
        Assert.Equal(spans, explained.Count);
    }

    [Theory]
    [InlineData("Locador: Maria Souza, CPF 529.982.247-25.", "Locador: [NOME], CPF [CPF]")]
    [InlineData("Locador: Maria Souza, CPF 529.982.247-25.", "Locador: [NOME],  CPF [CPF].")]
    [InlineData("Locador:  Maria Souza", "Locador: [NOME]")]
    [InlineData("texto", "texto [NOME]")]
    [InlineData("valor de mil reais", "valor de [CPF] reais")]
    [InlineData("Locador: maria souza", "Locador: [NOME]")]
    public void Explain_AnyOtherDifference_ReturnsNull(string raw, string stored)
    {
        Assert.Null(MaskedTextCheck.Explain(raw, stored, out var problem));
        Assert.NotEmpty(problem);
    }
}
