using System.Text.RegularExpressions;

namespace Lakehouse.Cli;

/// <summary>
/// Error text as a user should read it: no .NET exception type prefixes (<c>System.IO.IOException: </c>,
/// <c>Npgsql.PostgresException (0x80004005): </c>), no stack traces, and a configuration value that did not convert
/// named by its setting and the values it takes instead of by a .NET type name.
/// </summary>
public static partial class CliMessages
{
    /// <summary>The cleaned message; null stays null.</summary>
    public static string? Clean(string? message)
    {
        if (message is null)
        {
            return null;
        }

        var text = StackFrame().Replace(message, "");
        text = TypePrefix().Replace(text, "");
        text = Conversion().Replace(text, m => $"{m.Groups["key"].Value.Replace(":", "__", StringComparison.Ordinal)} has a value that is not valid{Allowed(m.Groups["type"].Value)}.");
        return QualifiedType().Replace(text, m => m.Groups["name"].Value).Trim();
    }

    /// <summary>The message of <paramref name="exception"/> and of its inner exceptions that add something, cleaned.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (Clean(e.Message) is { Length: > 0 } part && !parts.Any(p => p.Contains(part, StringComparison.Ordinal)))
            {
                parts.Add(part.TrimEnd('.'));
            }

            if (IsConversionFailure(e.Message))
            {
                break; // The binder's inner messages only repeat it with .NET type names.
            }
        }

        return string.Join(": ", parts) + ".";
    }

    /// <summary>Whether <paramref name="message"/> is the configuration binder's "Failed to convert configuration value …".</summary>
    public static bool IsConversionFailure(string message) => Conversion().IsMatch(message);

    private static string Allowed(string typeName)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        return type is { IsEnum: true } ? $" (one of: {string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()))})" : "";
    }

    [GeneratedRegex(@"(?m)^\s*at .*$\n?")]
    private static partial Regex StackFrame();

    // "System.IO.IOException: ", "Npgsql.PostgresException (0x80004005): ", also after " ---> ".
    [GeneratedRegex(@"(?:(?<=^)|(?<=\n)|(?<=---> ))(?:[A-Za-z_][A-Za-z0-9_]*\.)+[A-Za-z_][A-Za-z0-9_]*(?:Exception|Error)(?: \(0x[0-9A-Fa-f]+\))?: ")]
    private static partial Regex TypePrefix();

    // Microsoft.Extensions.Configuration.Binder: "Failed to convert configuration value at 'A:B' to type 'N.T'." (the value may follow).
    [GeneratedRegex(@"Failed to convert configuration value(?: '[^']*')? at '(?<key>[^']+)' to type '(?<type>[^']+)'\.?")]
    private static partial Regex Conversion();

    // A namespace-qualified name of our or the framework's types: keep the last segment only.
    [GeneratedRegex(@"\b(?:System|Microsoft|Lakehouse|Npgsql|DurableTask|Grpc)(?:\.[A-Z][A-Za-z0-9_]*)*\.(?<name>[A-Z][A-Za-z0-9_]*)\b")]
    private static partial Regex QualifiedType();
}
