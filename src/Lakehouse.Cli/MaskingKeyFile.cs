using System.Security.Cryptography;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>
/// The masking key of an embedded lakehouse, generated once into the home (<c>masking.key</c>, mode 600). Every
/// pseudonym derives from it, so a new key is announced loudly, once, with where it is and that it must be kept.
/// The key itself is never printed.
/// </summary>
internal static class MaskingKeyFile
{
    /// <summary>The key in <paramref name="path"/>, generated (and announced on <paramref name="notices"/>) when missing.</summary>
    public static async Task<string> LoadOrCreateAsync(string path, IAnsiConsole notices, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            return (await File.ReadAllTextAsync(path, cancellationToken)).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var temporary = path + ".new";
        await File.WriteAllTextAsync(temporary, key, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path);
        Announce(path, notices);
        return key;
    }

    private static void Announce(string path, IAnsiConsole notices)
    {
        notices.WriteLine();
        notices.MarkupLineInterpolated($"[bold yellow]NEW MASKING KEY[/] generated: [bold]{path}[/]");
        notices.MarkupLine("[yellow]Every pseudonym in this lakehouse is derived from it. Back it up and keep it: with another key the same[/]");
        notices.MarkupLine("[yellow]customer gets another pseudonym, and new loads no longer join with what is already loaded.[/]");
        notices.MarkupLine("[yellow](`lakehouse reset` keeps it; set Lakehouse__Masking__Key to use a key of your own.)[/]");
        notices.WriteLine();
    }
}
