using System.Text;
using System.Text.Json;

namespace Lakehouse.Core.Collection;

/// <summary>Describes an error answer in a few words for a message: the API's own reason when it sends one in JSON.</summary>
internal static class AnswerText
{
    private const int MaxReason = 200;

    /// <summary>
    /// <c>with an HTML body</c>, <c>"reason"</c> from a JSON body's <c>message</c>/<c>reason</c>/<c>detail</c>/<c>error</c>
    /// (also nested, as the SGS <c>{"erro":{"detail":…}}</c>), or the size and media type; secrets redacted.
    /// </summary>
    public static string Describe(byte[] body, string? mediaType, Func<string, string> redact)
    {
        var text = Encoding.UTF8.GetString(body).TrimStart();
        if (text.StartsWith('<'))
        {
            return "with an HTML/XML body where JSON was expected";
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (FindReason(document.RootElement) is { } reason)
            {
                reason = redact(reason);
                return $"\"{(reason.Length > MaxReason ? reason[..MaxReason] + "…" : reason)}\"";
            }
        }
        catch (JsonException)
        {
            // Not JSON: describe by size below.
        }

        return $"with {body.Length} bytes of {mediaType ?? "unknown content"}";
    }

    private static string? FindReason(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in new[] { "message", "reason", "detail", "error", "erro" })
        {
            if (element.TryGetProperty(name, out var value))
            {
                if (value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }

                if (FindReason(value) is { } nested)
                {
                    return nested;
                }
            }
        }

        return null;
    }
}
