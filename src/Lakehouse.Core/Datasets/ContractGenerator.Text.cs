namespace Lakehouse.Core.Datasets;

/// <summary>The Portuguese texts of the generated contracts: lease, services, employment.</summary>
public static partial class ContractGenerator
{
    internal static readonly string[] Kinds = ["locacao", "servicos", "trabalho"];

    private static readonly string[] Words =
        ["jacarandá", "bergamota", "carrilhão", "aquarela", "pitangueira", "ornitorrinco", "caleidoscópio", "astrolábio",
         "marimba", "quaresmeira", "sabiá", "teodolito", "zabumba", "alambique", "bandolim", "cataventos", "escafandro",
         "girassóis", "hidromassagem", "jabuticabeira", "lamparina", "mandacaru", "napoleônico", "orquídeas", "pergaminho",
         "querosene", "rabeca", "samambaia", "tamborim", "urucum", "vitrais", "xilogravura", "berimbau", "cafezal",
         "damasco", "estetoscópio", "flamboyant", "gramofone", "harpa", "ipê-amarelo"];

    /// <summary>The word that identifies contract <paramref name="index"/> (1-based) in search tests.</summary>
    internal static string SearchWord(int index) =>
        index <= Words.Length ? Words[index - 1] : $"{Words[(index - 1) % Words.Length]}{index}";

    private static List<string> Body(string kind, ContractParty a, ContractParty b, string cnpj, string oab, string bank, string pix, string word, Random random)
    {
        var (roleA, roleB, title, obj) = kind switch
        {
            "locacao" => ("LOCADOR", "LOCATÁRIO", "CONTRATO DE LOCAÇÃO RESIDENCIAL",
                $"O LOCADOR dá em locação ao LOCATÁRIO o imóvel situado na {a.Street}, CEP {a.Cep}, com armário de {word} na cozinha, pelo prazo de 30 (trinta) meses."),
            "servicos" => ("CONTRATANTE", "CONTRATADO", "CONTRATO DE PRESTAÇÃO DE SERVIÇOS",
                $"O CONTRATADO prestará serviços de manutenção e conservação, inclusive do {word} da sede, à empresa inscrita no CNPJ sob o nº {cnpj}."),
            _ => ("EMPREGADOR", "EMPREGADO", "CONTRATO INDIVIDUAL DE TRABALHO",
                $"O EMPREGADO exercerá a função de assistente administrativo no setor de {word}, com jornada de 44 (quarenta e quatro) horas semanais."),
        };
        var value = random.Next(12, 90) * 100;
        return
        [
            title,
            "",
            $"{roleA}: {a.Name}, brasileira(o), portador(a) do RG nº {a.Rg} SSP/SP, inscrito(a) no CPF sob o nº {a.Cpf}, residente na {a.Street}, CEP {a.Cep}, e-mail {a.Email}, telefone {a.Phone}.",
            "",
            $"{roleB}: {b.Name}, brasileira(o), portador(a) do RG nº {b.Rg}, inscrito(a) no CPF sob o nº {b.Cpf}, residente na {b.Street}, CEP {b.Cep}, e-mail {b.Email}, telefone {b.Phone}.",
            "",
            $"As partes acima qualificadas têm entre si justo e contratado o presente {title.ToLowerInvariant()}, que se regerá pelas cláusulas seguintes.",
            "",
            "CLÁUSULA PRIMEIRA – DO OBJETO",
            obj,
            "",
            "CLÁUSULA SEGUNDA – DO VALOR E DO PAGAMENTO",
            $"O valor mensal é de R$ {value / 1000}.{value % 1000:D3},00 (valor por extenso conforme tabela anexa), pago até o dia {random.Next(1, 28)} de cada mês, por depósito no Banco do Brasil, {bank}, ou pela chave PIX {pix}.",
            "",
            "CLÁUSULA TERCEIRA – DAS OBRIGAÇÕES",
            $"Compete ao {roleB} zelar pela conservação do que lhe for confiado e comunicar ao {roleA}, por escrito, qualquer ocorrência relevante. O descumprimento de qualquer cláusula sujeita a parte infratora à multa de três meses de valor.",
            "",
            "CLÁUSULA QUARTA – DA RESCISÃO",
            "O presente instrumento poderá ser rescindido por qualquer das partes mediante aviso prévio de 30 (trinta) dias, sem prejuízo das obrigações vencidas até a data da rescisão.",
            "",
            "CLÁUSULA QUINTA – DO FORO",
            $"Fica eleito o foro da comarca de São Paulo para dirimir quaisquer dúvidas, com assistência do advogado Dr. {a.Name.Split(' ')[0]} {b.Name.Split(' ')[^1]}, OAB/SP nº {oab}.",
            "",
            $"São Paulo, {random.Next(1, 28)} de {Months[random.Next(12)]} de {random.Next(2019, 2026)}.",
            "",
            "",
            "______________________________",
            a.Name,
            roleA,
            "",
            "",
            "______________________________",
            b.Name,
            roleB,
        ];
    }

    private static readonly string[] Months =
        ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];
}
