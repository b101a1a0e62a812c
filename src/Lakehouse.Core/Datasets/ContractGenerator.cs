using System.Globalization;
using System.Text.Json;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// Deterministic Portuguese contracts (lease, services, employment) with planted personal data (names, CPF, CNPJ, RG,
/// OAB, e-mail, phone, CEP, bank account, PIX key): each as a text-layer PDF and as a scan (rendered at 200 dpi by
/// <c>pdftoppm</c>, then slightly rotated, noised, blurred and saved as JPEG by ImageMagick), the scan written in turn
/// as an image-only PDF, a multi-page TIFF or JPEG pages. <c>planted.json</c> lists every planted value for leak tests.
/// Same seed and count, same contracts and planted values (the scans depend on the installed ImageMagick).
/// Backs <c>lakehouse sample contracts</c>.
/// </summary>
public static partial class ContractGenerator
{
    private const int LineWidth = 84;
    private const int LinesPerPage = 48;

    /// <summary>Writes <paramref name="count"/> contracts and <c>planted.json</c> into <paramref name="directory"/>.</summary>
    public static async Task<ContractSample> WriteAsync(string directory, int count, int seed = 42, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Directory.CreateDirectory(directory);
        var contracts = new List<GeneratedContract>();
        for (var i = 1; i <= count; i++)
        {
            contracts.Add(await WriteContractAsync(directory, i, seed, cancellationToken));
        }

        var plantedFile = Path.Combine(directory, "planted.json");
        var sample = new ContractSample(seed, contracts, plantedFile);
        await File.WriteAllTextAsync(plantedFile, JsonSerializer.Serialize(new { sample.Seed, sample.Contracts }, JsonOptions), cancellationToken);
        return sample;
    }

    /// <summary>The pages of contract <paramref name="index"/> and its planted values, without writing anything.</summary>
    public static (string Kind, IReadOnlyList<IReadOnlyList<string>> Pages, IReadOnlyList<PlantedValue> Planted) Compose(int index, int seed)
    {
        var random = new Random(unchecked((seed * 7919) + index) & int.MaxValue);
        var kind = Kinds[(index - 1) % Kinds.Length];
        var (a, b) = (ContractParty.Create(random), ContractParty.Create(random));
        var cnpj = ContractParty.NewCnpj(random);
        var oab = $"{random.Next(100, 499)}.{random.Next(100, 999)}";
        var (agency, account) = ($"{random.Next(1000, 9999)}-{random.Next(0, 9)}", $"{random.Next(10000, 99999)}-{random.Next(0, 9)}");
        var bank = $"agência {agency}, conta corrente {account}";
        var pix = random.Next(2) == 0 ? Guid(random) : b.Email;
        var lawyer = $"{a.Name.Split(' ')[0]} {b.Name.Split(' ')[^1]}";
        var lines = Body(kind, a, b, cnpj, oab, bank, pix, SearchWord(index), random).SelectMany(Wrap).ToList();
        var pages = lines.Chunk(LinesPerPage).Select(p => (IReadOnlyList<string>)p).ToList();
        List<PlantedValue> planted =
        [
            .. new[] { a, b }.SelectMany(p => new PlantedValue[]
            {
                new("NOME", p.Name), new("CPF", p.Cpf), new("RG", p.Rg), new("EMAIL", p.Email), new("PHONE", p.Phone), new("CEP", p.Cep),
            }),
            new("NOME", lawyer), new("CNPJ", cnpj), new("OAB", oab), new("CONTA", agency), new("CONTA", account), new("PIX", pix),
        ];
        if (kind != "servicos")
        {
            planted.RemoveAll(v => v.Kind == "CNPJ");
        }

        return (kind, pages, planted);
    }

    private static async Task<GeneratedContract> WriteContractAsync(string directory, int index, int seed, CancellationToken cancellationToken)
    {
        var id = $"contrato-{index:D4}";
        var (kind, pages, planted) = Compose(index, seed);
        var pdf = $"{id}.pdf";
        SimplePdfWriter.WriteText(Path.Combine(directory, pdf), pages);
        var scans = await ScanRenderer.ScanAsync(Path.Combine(directory, pdf), directory, $"{id}-scan", index % 3, seed + index, cancellationToken);
        return new GeneratedContract(id, kind, [pdf, .. scans], SearchWord(index), planted);
    }

    private static IEnumerable<string> Wrap(string paragraph)
    {
        var line = "";
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineWidth)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        yield return line;
    }

    private static string Guid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new System.Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
