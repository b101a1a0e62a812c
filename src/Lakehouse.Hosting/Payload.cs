using System.Text.Json;

using Microsoft.DurableTask;

namespace Lakehouse.Hosting;

/// <summary>
/// JSON round trip of every payload, with the options of Durable's default <c>JsonDataConverter</c>
/// (System.Text.Json defaults plus <c>IncludeFields = true</c>; null stays null).
/// </summary>
internal static class Payload
{
    private static readonly JsonSerializerOptions Options = new() { IncludeFields = true };

    public static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, Options);

    public static object? Deserialize(string? json, Type type) => json is null ? null : JsonSerializer.Deserialize(json, type, Options);

    public static T? Deserialize<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Options);

    public static TaskFailureDetails FailureFrom(Exception exception) => new(
        exception.GetType().ToString(),
        exception.Message,
        exception.StackTrace,
        exception.InnerException is null ? null : FailureFrom(exception.InnerException),
        null);

    public static string Describe(string? json)
    {
        const int max = 200;
        if (json is null)
        {
            return "null";
        }

        return json.Length <= max ? json : string.Concat(json.AsSpan(0, max), "…");
    }
}
