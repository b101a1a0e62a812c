using System.Text.Json;
using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Collection;

/// <summary>Reading the shape of an Open-Meteo answer for <see cref="OpenMeteoDailyParser"/>.</summary>
internal static class OpenMeteoJson
{
    public static JsonDocument Open(ReadOnlyMemory<byte> json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The answer is not valid JSON ({e.Message}).", e);
        }
    }

    public static JsonElement Daily(JsonDocument document)
    {
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("daily", out var daily) || daily.ValueKind != JsonValueKind.Object
            || !daily.TryGetProperty("time", out var time) || time.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("The answer has no 'daily' object with a 'time' array.");
        }

        return daily;
    }

    /// <summary>The values of one variable (null entries for JSON null), or null when the answer lacks the variable.</summary>
    public static decimal?[]? Column(JsonElement daily, string variable, int length, FindingCollector findings)
    {
        if (!daily.TryGetProperty(variable, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            findings.Add("variable_missing", variable, FindingSeverity.Warning, 0, $"the answer has no '{variable}' array; its values are missing");
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() != length)
        {
            throw new FormatException($"'daily.{variable}' is not an array as long as 'daily.time' ({length}).");
        }

        var values = new decimal?[length];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            values[i] = item.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number when item.TryGetDecimal(out var value) => value,
                _ => throw new FormatException($"'daily.{variable}' element {i + 1} is neither a number nor null."),
            };
            if (values[i] is null)
            {
                findings.Add("value_missing", variable, FindingSeverity.Warning, i + 1, $"'{variable}' is null (no value for that day)");
            }

            i++;
        }

        return values;
    }
}
