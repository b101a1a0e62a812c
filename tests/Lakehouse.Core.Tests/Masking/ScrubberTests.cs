using Lakehouse.Core.Masking;

namespace Lakehouse.Core.Tests.Masking;

public class ScrubberTests
{
    [Theory]
    [InlineData("meu cpf é 529.982.247-25 ok", "meu cpf é [CPF] ok")]
    [InlineData("cpf 52998224725.", "cpf [CPF].")]
    [InlineData("empresa 11.222.333/0001-81", "empresa [CNPJ]")]
    [InlineData("cnpj 11222333000181", "cnpj [CNPJ]")]
    [InlineData("novo cnpj 12.ABC.345/01DE-35 e 12ABC34501DE35", "novo cnpj [CNPJ] e [CNPJ]")]
    [InlineData("escreva para maria.silva+loja@exemplo.com.br hoje", "escreva para [EMAIL] hoje")]
    [InlineData("ligue (11) 91234-5678", "ligue [PHONE]")]
    [InlineData("ligue +55 11 91234-5678", "ligue [PHONE]")]
    [InlineData("fixo 11 3456-7890 ou 3456-7890", "fixo [PHONE] ou [PHONE]")]
    [InlineData("zap 5511912345678", "zap [PHONE]")]
    [InlineData("cep 01310-100, SP", "cep [CEP], SP")]
    [InlineData("CEP: 01310100", "[CEP]")]
    public void Scrub_PersonalData_ReplacedByTypedToken(string text, string expected)
    {
        var scrubbed = Scrubber.Scrub(text);

        Assert.Equal(expected, scrubbed);
    }

    [Theory]
    [InlineData("cpf 529.982.247-24 errado")]
    [InlineData("cnpj 11.222.333/0001-80 errado")]
    [InlineData("pedido 12.ABC.345/01DE-34")]
    [InlineData("Produto chegou no dia 2018-08-15, nota 10")]
    [InlineData("paguei R$ 1.234,56 em 3 parcelas")]
    [InlineData("Recomendo! Muito bom")]
    public void Scrub_NoPersonalData_TextUnchanged(string text)
    {
        var scrubbed = Scrubber.Scrub(text);

        Assert.Equal(text, scrubbed);
    }

    [Fact]
    public void Scrub_InvalidCpfDigits_NotReportedAsCpf()
    {
        var valid = Scrubber.Scrub("529.982.247-25");
        var invalid = Scrubber.Scrub("529.982.247-26");

        Assert.Equal("[CPF]", valid);
        Assert.DoesNotContain("[CPF]", invalid, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrub_MultilineMessage_ScrubsEveryLine()
    {
        var text = "Oi,\r\nmeu email é a@b.com\r\ntelefone (21) 99876-5432";

        var scrubbed = Scrubber.Scrub(text);

        Assert.Equal("Oi,\r\nmeu email é [EMAIL]\r\ntelefone [PHONE]", scrubbed);
    }

    [Fact]
    public void Scrub_Null_ReturnsNull()
    {
        Assert.Null(Scrubber.Scrub(null));
    }
}
