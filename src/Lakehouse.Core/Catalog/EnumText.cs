using System.Collections.Concurrent;
using System.Text.Json;

namespace Lakehouse.Core.Catalog;

/// <summary>
/// The text form of the catalog's enums, as stored in PostgreSQL and written in JSON: the member name in snake_case
/// (<see cref="ObjectStatus.UnknownDataset"/> is <c>unknown_dataset</c>).
/// </summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<Type, (Dictionary<object, string> Text, Dictionary<string, object> Values)> Maps = new();

    /// <summary>The snake_case text of <paramref name="value"/>.</summary>
    public static string ToText<T>(this T value) where T : struct, Enum => Map<T>().Text[value];

    /// <summary>The member whose text is <paramref name="text"/>; a clear error for text no member has.</summary>
    public static T Parse<T>(string text) where T : struct, Enum =>
        Map<T>().Values.TryGetValue(text, out var value) ? (T)value
            : throw new FormatException($"'{text}' is not a known {JsonNamingPolicy.SnakeCaseLower.ConvertName(typeof(T).Name).Replace('_', ' ')} (expected one of: {string.Join(", ", Map<T>().Text.Values)}).");

    private static (Dictionary<object, string> Text, Dictionary<string, object> Values) Map<T>() where T : struct, Enum =>
        Maps.GetOrAdd(typeof(T), _ =>
        {
            var text = Enum.GetValues<T>().ToDictionary(v => (object)v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));
            return (text, text.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal));
        });
}
