using System.Globalization;

using Lakehouse.Core.Ocr;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// Turns a text PDF into a scan: pages rendered at 200 dpi in grey (a common office-scanner setting) (<c>pdftoppm</c>), then each slightly rotated,
/// noised, blurred and saved as JPEG (ImageMagick, seeded), written as an image-only PDF, a multi-page TIFF or JPEG pages.
/// </summary>
internal static class ScanRenderer
{
    /// <summary>Writes the scan of <paramref name="pdf"/>; <paramref name="variant"/> 0 = PDF, 1 = TIFF, 2 = JPEG pages. Returns the file names.</summary>
    public static async Task<IReadOnlyList<string>> ScanAsync(string pdf, string directory, string stem, int variant, int seed, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("lakehouse-scan-").FullName;
        try
        {
            await RunAsync("pdftoppm", ["-r", "200", "-gray", "-png", pdf, Path.Combine(work, "p")], "poppler-utils", cancellationToken);
            var pngs = Directory.GetFiles(work, "p-*.png").Order(StringComparer.Ordinal).ToList();
            var random = new Random(seed);
            var jpegs = new List<string>();
            foreach (var png in pngs)
            {
                var angle = (random.Next(2) == 0 ? -1 : 1) * (0.4 + (random.NextDouble() * 1.6));
                var jpeg = Path.ChangeExtension(png, ".jpg");
                await RunAsync(ImageMagick, [png, "-background", "white", "-rotate", Number(angle), "+repage", "-seed", Number(random.Next(1, 100_000)),
                    "-attenuate", "0.35", "+noise", "Gaussian", "-blur", "0x0.6", "-colorspace", "Gray", "-type", "Grayscale",
                    "-units", "PixelsPerInch", "-density", "200", "-quality", "62", jpeg], "imagemagick", cancellationToken);
                jpegs.Add(jpeg);
            }

            return await WriteAsync(jpegs, directory, stem, variant, cancellationToken);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary><c>magick</c> (ImageMagick 7) when installed, else <c>convert</c> (ImageMagick 6, Debian bookworm).</summary>
    internal static string ImageMagick { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(p => p.Length > 0 && File.Exists(Path.Combine(p, "magick"))) ? "magick" : "convert";

    private static async Task<IReadOnlyList<string>> WriteAsync(List<string> jpegs, string directory, string stem, int variant, CancellationToken cancellationToken)
    {
        switch (variant)
        {
            case 0:
                SimplePdfWriter.WriteImages(Path.Combine(directory, $"{stem}.pdf"), jpegs);
                return [$"{stem}.pdf"];
            case 1:
                await RunAsync(ImageMagick, [.. jpegs, "-compress", "JPEG", "-quality", "62", Path.Combine(directory, $"{stem}.tif")], "imagemagick", cancellationToken);
                return [$"{stem}.tif"];
            default:
                var names = jpegs.Select((_, i) => jpegs.Count == 1 ? $"{stem}.jpg" : $"{stem}-p{i + 1}.jpg").ToList();
                for (var i = 0; i < jpegs.Count; i++)
                {
                    File.Copy(jpegs[i], Path.Combine(directory, names[i]), overwrite: true);
                }

                return names;
        }
    }

    private static async Task RunAsync(string tool, IEnumerable<string> arguments, string package, CancellationToken cancellationToken)
    {
        var (exit, error) = await PopplerTool.RunAsync(tool, arguments, null, cancellationToken, package);
        if (exit != 0)
        {
            throw new InvalidOperationException($"{tool} failed with exit {exit}: {error.Split('\n')[0]}");
        }
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
