using Lakehouse.Core.Masking;

namespace Lakehouse.Core.Tests.Masking;

public class BrazilianDocumentsTests
{
    [Theory]
    [InlineData("529.982.247-25")]
    [InlineData("52998224725")]
    [InlineData("111.444.777-35")]
    public void IsCpf_ValidCheckDigits_ReturnsTrue(string cpf)
    {
        Assert.True(BrazilianDocuments.IsCpf(cpf));
    }

    [Theory]
    [InlineData("529.982.247-24")]
    [InlineData("123.456.789-00")]
    [InlineData("111.111.111-11")]
    [InlineData("5299822472")]
    [InlineData("529982247255")]
    public void IsCpf_WrongCheckDigitsOrShape_ReturnsFalse(string text)
    {
        Assert.False(BrazilianDocuments.IsCpf(text));
    }

    [Theory]
    [InlineData("11.222.333/0001-81")]
    [InlineData("11222333000181")]
    [InlineData("12.ABC.345/01DE-35")] // Receita Federal's example of the alphanumeric CNPJ (2026)
    [InlineData("12ABC34501DE35")]
    public void IsCnpj_ValidCheckDigits_ReturnsTrue(string cnpj)
    {
        Assert.True(BrazilianDocuments.IsCnpj(cnpj));
    }

    [Theory]
    [InlineData("11.222.333/0001-80")]
    [InlineData("12.ABC.345/01DE-34")]
    [InlineData("12.abc.345/01de-35")]
    [InlineData("00.000.000/0000-00")]
    [InlineData("12.ABC.345/01DE-3A")]
    public void IsCnpj_WrongCheckDigitsOrShape_ReturnsFalse(string text)
    {
        Assert.False(BrazilianDocuments.IsCnpj(text));
    }
}
