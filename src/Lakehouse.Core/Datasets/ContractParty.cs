using System.Globalization;

using Lakehouse.Core.Masking;

namespace Lakehouse.Core.Datasets;

/// <summary>A planted person in a generated contract: every value is personal data the masking must remove.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Cpf">Formatted CPF with valid check digits.</param>
/// <param name="Rg">RG (São Paulo format).</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Phone">Mobile phone, <c>(11) 91234-5678</c>.</param>
/// <param name="Cep">CEP, <c>01310-100</c>.</param>
/// <param name="Street">Street address (name and number).</param>
public sealed record ContractParty(string Name, string Cpf, string Rg, string Email, string Phone, string Cep, string Street)
{
    // Given names and surnames partly outside the shipped masking lists, so context rules are tested too.
    private static readonly string[] Given =
        ["Maria", "José", "Ana", "João", "Antônio", "Francisca", "Carlos", "Paulo", "Luíza", "Gabriel", "Juliana", "Rafael",
         "Fernanda", "Marcelo", "Patrícia", "Raimundo", "Letícia", "Thiago", "Conceição", "Sebastião", "Beatriz", "Vinícius",
         "Iolanda", "Heitor", "Yasmin", "Otávio", "Dejanira", "Ubiratan", "Gercina", "Anacleto"];

    private static readonly string[] Surnames =
        ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Ribeiro",
         "Carvalho", "Araújo", "Gonçalves", "Nascimento", "Magalhães", "Guimarães", "Conceição", "Albuquerque", "Assunção",
         "Tibiriçá", "Quintanilha", "Bragança", "Vasconcelos", "Espíndola", "Arcoverde"];

    private static readonly string[] Streets =
        ["Rua das Acácias", "Avenida Paulista", "Rua Barão de Itapetininga", "Rua XV de Novembro", "Avenida Afonso Pena",
         "Rua da Aurora", "Avenida Beira-Mar", "Rua Marechal Deodoro", "Travessa do Comércio", "Alameda Santos"];

    private static readonly string[] Domains = ["exemplo.com.br", "correio.net", "mail.com", "provedor.com.br"];

    /// <summary>A random party drawn from <paramref name="random"/>.</summary>
    public static ContractParty Create(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var first = Given[random.Next(Given.Length)];
        var last = Surnames[random.Next(Surnames.Length)];
        var middle = random.Next(3) == 0 ? "" : $" {(random.Next(2) == 0 ? "da" : "de")} {Surnames[random.Next(Surnames.Length)]}";
        var name = $"{first}{middle} {last}";
        var email = $"{Ascii(first)}.{Ascii(last)}{random.Next(10, 99)}@{Domains[random.Next(Domains.Length)]}";
        var phone = $"({random.Next(11, 99)}) 9{random.Next(1000, 9999)}-{random.Next(1000, 9999)}";
        var cep = $"{random.Next(1000, 99999):D5}-{random.Next(0, 999):D3}";
        var street = $"{Streets[random.Next(Streets.Length)]}, {random.Next(10, 3000)}";
        var rg = $"{random.Next(10, 60)}.{random.Next(100, 999)}.{random.Next(100, 999)}-{random.Next(0, 9)}";
        return new ContractParty(name, NewCpf(random), rg, email, phone, cep, street);
    }

    /// <summary>A formatted CPF with valid check digits.</summary>
    public static string NewCpf(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var d = new int[11];
        for (var i = 0; i < 9; i++)
        {
            d[i] = random.Next(10);
        }

        d[9] = BrazilianDocuments.CpfDigit(d.AsSpan(0, 9));
        d[10] = BrazilianDocuments.CpfDigit(d.AsSpan(0, 10));
        var s = string.Concat(d.Select(x => x.ToString(CultureInfo.InvariantCulture)));
        return $"{s[..3]}.{s[3..6]}.{s[6..9]}-{s[9..]}";
    }

    /// <summary>A formatted CNPJ (branch 0001) with valid check digits.</summary>
    public static string NewCnpj(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var d = new int[14];
        for (var i = 0; i < 8; i++)
        {
            d[i] = random.Next(10);
        }

        d[11] = 1;
        d[12] = BrazilianDocuments.CnpjDigit(d.AsSpan(0, 12));
        d[13] = BrazilianDocuments.CnpjDigit(d.AsSpan(0, 13));
        var s = string.Concat(d.Select(x => x.ToString(CultureInfo.InvariantCulture)));
        return $"{s[..2]}.{s[2..5]}.{s[5..8]}/{s[8..12]}-{s[12..]}";
    }

    private static string Ascii(string word) => NameLists.Key(word).ToLowerInvariant();
}
