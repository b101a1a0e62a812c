using Lakehouse.Core.Masking;

namespace Lakehouse.Core.Tests.Masking;

public class DocumentScrubberTests
{
    [Theory]
    [InlineData("inscrito no CPF sob o nº 529.982.247-25, residente", "inscrito no CPF sob o nº [CPF], residente")]
    [InlineData("CNPJ 11.222.333/0001-81.", "CNPJ [CNPJ].")]
    [InlineData("e-mail joana.prado@exemplo.com.br;", "e-mail [EMAIL];")]
    [InlineData("telefone (11) 98765-4321.", "telefone [PHONE].")]
    [InlineData("CEP 01310-100, São Paulo", "CEP [CEP], São Paulo")]
    [InlineData("CEP: 01.310-100", "CEP: [CEP]")]
    [InlineData("portador do RG nº 12.345.678-9 SSP/SP", "portador do RG nº [RG] SSP/SP")]
    [InlineData("RG: 1234567", "RG: [RG]")]
    [InlineData("advogado inscrito na OAB/SP nº 123.456", "advogado inscrito na OAB/SP nº [OAB]")]
    [InlineData("OAB-RJ 98765", "OAB-RJ [OAB]")]
    [InlineData("Banco do Brasil, agência 1234-5, conta corrente 98765-4", "Banco do Brasil, agência [CONTA], conta corrente [CONTA]")]
    [InlineData("Ag. 0001 C/C 123456-7", "Ag. [CONTA] C/C [CONTA]")]
    [InlineData("chave PIX 529.982.247-25", "chave PIX [PIX]")]
    [InlineData("chave pix: fulano@banco.com", "chave pix: [PIX]")]
    [InlineData("PIX (celular): +55 11 98765-4321", "PIX (celular): [PIX]")]
    [InlineData("ou pela chave 7d444840-9dc0-11d1-b245-5ffdce74fad2.", "ou pela chave [PIX].")]
    public void Scrub_EveryTokenKind_Masked(string text, string expected)
    {
        var masked = DocumentScrubber.Default.Scrub(text, fromOcr: false);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("LOCADOR: Maria Aparecida dos Santos, brasileira", "LOCADOR: [NOME], brasileira")]
    [InlineData("CONTRATADA: JOANA D'ARC PRADO, portadora", "CONTRATADA: [NOME], portadora")]
    [InlineData("Outorgante – Ubiratan Quintanilha", "Outorgante – [NOME]")]
    [InlineData("assistido pelo Dr. Anacleto Tibiriçá, OAB", "assistido pelo Dr. [NOME], OAB")]
    [InlineData("a Sra. Gercina Arcoverde assina", "a Sra. [NOME] assina")]
    [InlineData("de um lado DEJANIRA ESPÍNDOLA, brasileira, casada", "de um lado [NOME], brasileira, casada")]
    [InlineData("______________________\nDejanira Arcoverde\nLOCATÁRIA", "______________________\n[NOME]\nLOCATÁRIA")]
    [InlineData("conforme combinado com José Carlos Ferreira ontem", "conforme combinado com [NOME] ontem")]
    [InlineData("RECEBI DE ANTONIO CONCEICAO A QUANTIA", "RECEBI DE [NOME] A QUANTIA")]
    [InlineData("São Paulo, 3 de maio.\n\nUbiratan da Quintanilha\nEMPREGADO", "São Paulo, 3 de maio.\n\n[NOME]\nEMPREGADO")]
    public void Scrub_PersonNames_MaskedAsNome(string text, string expected)
    {
        var masked = DocumentScrubber.Default.Scrub(text, fromOcr: false);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("CPF 529.982.247-24", "CPF [CPF]")]
    [InlineData("CPF 529. 982.247 - 2O", "CPF [CPF]")]
    [InlineData("CPF 52998224799 conferido", "CPF [CPF] conferido")]
    [InlineData("CNPJ 11.222.333/OOO1-80", "CNPJ [CNPJ]")]
    public void Scrub_OcrTextWithFailingCheckDigits_StillMasked(string text, string expected)
    {
        var masked = DocumentScrubber.Default.Scrub(text, fromOcr: true);

        Assert.Equal(expected, masked);
    }

    [Fact]
    public void Scrub_OcrSplitEmail_Masked()
    {
        Assert.Equal("e-mail [EMAIL], telefone", DocumentScrubber.Default.Scrub("e-mail otavio.lima18@ exemplo.com.br, telefone", fromOcr: true));
    }

    [Fact]
    public void ScrubPages_PartyNamedOnFirstPage_MaskedOnLaterPages()
    {
        var pages = DocumentScrubber.Default.ScrubPages([("LOCADOR: Ubiratan Quintanilha, brasileiro", false), ("assinado por Ubiratan Quintanilha em 2024", true)]);

        Assert.Equal(["LOCADOR: [NOME], brasileiro", "assinado por [NOME] em 2024"], pages);
    }

    [Fact]
    public void Scrub_TextLayerWithFailingCheckDigits_KeptAsWritten()
    {
        var masked = DocumentScrubber.Default.Scrub("protocolo 529.982.247-24", fromOcr: false);

        Assert.Equal("protocolo 529.982.247-24", masked);
    }

    [Theory]
    [InlineData("CLÁUSULA PRIMEIRA – DO OBJETO")]
    [InlineData("O LOCATÁRIO se obriga a pagar R$ 2.500,00 até o dia 10 de cada mês.")]
    [InlineData("Fica eleito o foro da comarca de São Paulo, em 12/03/2024.")]
    [InlineData("prazo de 30 (trinta) meses, por conta do LOCADOR")]
    public void Scrub_ContractBoilerplate_Unchanged(string text)
    {
        Assert.Equal(text, DocumentScrubber.Default.Scrub(text, fromOcr: true));
    }

    [Fact]
    public void Scrub_ReviewScrubberUnchanged_StillMasksOnlyValidNumbers()
    {
        Assert.Equal("cpf 529.982.247-24 errado", Scrubber.Scrub("cpf 529.982.247-24 errado"));
    }

    [Fact]
    public void NameLists_Shipped_HoldHundredsOfNamesWithoutCaseOrAccents()
    {
        var names = NameLists.Default;

        Assert.InRange(names.GivenNameCount, 300, 5000);
        Assert.InRange(names.SurnameCount, 200, 5000);
        Assert.True(names.IsGivenName("JOAO"));
        Assert.True(names.IsSurname("gonçalves"));
        Assert.False(names.IsGivenName("Contrato"));
    }
}
