using System.Reflection;
using System.Text;

namespace Lakehouse.Core.Masking;

/// <summary>
/// Brazilian given names and surnames for name masking, compared without case or accents. The shipped lists
/// (<c>Masking/Names/</c>, source in its README) are embedded in the assembly.
/// </summary>
public sealed class NameLists
{
    private static readonly Lazy<NameLists> Shipped = new(() => new NameLists(Resource("given-names.txt"), Resource("surnames.txt")));
    // Accented capitals of Portuguese (and neighbours) and their plain letters, position by position.
    private const string Accented = "ÀÁÂÃÄÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝ";
    private const string Plain = "AAAAACEEEEIIIINOOOOOUUUUY";
    private readonly HashSet<string> _given;
    private readonly HashSet<string> _surnames;

    /// <summary>Creates lists from names (any case, with or without accents; blank lines and <c>#</c> comments ignored).</summary>
    public NameLists(IEnumerable<string> givenNames, IEnumerable<string> surnames)
    {
        ArgumentNullException.ThrowIfNull(givenNames);
        ArgumentNullException.ThrowIfNull(surnames);
        _given = Keys(givenNames);
        _surnames = Keys(surnames);
    }

    /// <summary>The lists shipped with the repository.</summary>
    public static NameLists Default => Shipped.Value;

    /// <summary>Number of given names.</summary>
    public int GivenNameCount => _given.Count;

    /// <summary>Number of surnames.</summary>
    public int SurnameCount => _surnames.Count;

    /// <summary>True when <paramref name="word"/> is a listed given name.</summary>
    public bool IsGivenName(string word) => _given.Contains(Key(word));

    /// <summary>True when <paramref name="word"/> is a listed surname.</summary>
    public bool IsSurname(string word) => _surnames.Contains(Key(word));

    /// <summary>Upper case without diacritics: <c>Conceição</c> and <c>CONCEICAO</c> give the same key.</summary>
    internal static string Key(string word) => string.Create(word.Length, word, static (key, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            var c = char.ToUpperInvariant(w[i]);
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            key[i] = at < 0 ? c : Plain[at];
        }
    });

    private static HashSet<string> Keys(IEnumerable<string> names) =>
        names.Select(n => n.Trim()).Where(n => n.Length > 0 && n[0] != '#').Select(Key).ToHashSet(StringComparer.Ordinal);

    private static string[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"names/{name}")
            ?? throw new InvalidOperationException($"Embedded name list names/{name} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Split('\n');
    }
}
