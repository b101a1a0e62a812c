using Lakehouse.Core.Masking;

namespace Lakehouse.Core.Datasets;

/// <content>Review texts in Portuguese and the personal data planted in some of them.</content>
public static partial class OlistGenerator
{
    private static readonly string[] Titles = ["Recomendo", "Ótimo produto", "Não chegou", "Muito bom", "Péssimo", "Super recomendo", "Produto com defeito", "Entrega rápida"];
    private static readonly string[] Messages =
    [
        "Produto chegou antes do prazo, muito bem embalado.",
        "Comprei dois e só recebi um, estou aguardando resposta.",
        "Qualidade excelente, \"igual\" ao anunciado.",
        "Não recebi o produto até agora.\r\nJá entrei em contato e nada.",
        "Gostei muito, recomendo a loja!",
        "O produto veio com defeito, quero trocar.",
        "Entrega demorou, mas o produto é bom, vale a pena.",
    ];

    private static readonly string[] Plants =
    [
        "Meu CPF é {0}, preciso da nota fiscal.",
        "Favor emitir a nota para o CNPJ {0}.",
        "Me escrevam em {0} por favor.",
        "Liguem para {0} que eu explico.",
        "Entregaram no CEP errado, o meu é {0}.",
        "Nota para a empresa {0}\r\nobrigado.",
    ];

    private static string Cpf(Random r)
    {
        Span<int> d = stackalloc int[11];
        do
        {
            for (var i = 0; i < 9; i++)
            {
                d[i] = r.Next(10);
            }
        }
        while (d[..9].IndexOfAnyExcept(d[0]) < 0);
        d[9] = BrazilianDocuments.CpfDigit(d[..9]);
        d[10] = BrazilianDocuments.CpfDigit(d[..10]);
        return $"{d[0]}{d[1]}{d[2]}.{d[3]}{d[4]}{d[5]}.{d[6]}{d[7]}{d[8]}-{d[9]}{d[10]}";
    }

    private static string Cnpj(Random r, bool alphanumeric)
    {
        const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        Span<int> v = stackalloc int[14];
        var chars = new char[14];
        for (var i = 0; i < 12; i++)
        {
            chars[i] = alphanumeric && i < 8 ? Alphabet[r.Next(Alphabet.Length)] : (char)('0' + r.Next(10));
            v[i] = chars[i] - '0';
        }

        v[12] = BrazilianDocuments.CnpjDigit(v[..12]);
        v[13] = BrazilianDocuments.CnpjDigit(v[..13]);
        chars[12] = (char)('0' + v[12]);
        chars[13] = (char)('0' + v[13]);
        var s = new string(chars);
        return $"{s[..2]}.{s[2..5]}.{s[5..8]}/{s[8..12]}-{s[12..]}";
    }

    private static string PlantedValue(Random r, int kind) => kind switch
    {
        0 => Cpf(r),
        1 => Cnpj(r, alphanumeric: r.Next(2) == 0),
        2 => $"cliente.{r.Next(100_000, 999_999)}@exemplo.com.br",
        3 => $"({r.Next(11, 99)}) 9{r.Next(1000, 9999)}-{r.Next(1000, 9999)}",
        4 => $"{r.Next(10_000, 99_999)}-{r.Next(100, 999)}",
        _ => Cnpj(r, alphanumeric: true),
    };
}
