using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>
/// Rows with named columns, printed as a table, CSV or JSON (<see cref="OutputFormat"/>). Values keep their type until
/// printed: numbers stay numbers in JSON, timestamps are ISO 8601 UTC, null is empty in CSV and <c>null</c> in JSON.
/// </summary>
public sealed class ResultTable
{
    private readonly List<object?[]> _rows = [];

    /// <summary>Creates an empty result with these column names (used as CSV header and JSON field names).</summary>
    public ResultTable(params string[] columns) => Columns = columns;

    /// <summary>Column names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Rows added so far.</summary>
    public IReadOnlyList<object?[]> Rows => _rows;

    /// <summary>Adds a row (one value per column).</summary>
    public ResultTable Add(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, Columns.Count, nameof(values));
        _rows.Add(values);
        return this;
    }

    /// <summary>Prints the rows to <paramref name="console"/>.</summary>
    public void Write(IAnsiConsole console, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(console);
        switch (format)
        {
            case OutputFormat.Csv:
                console.Profile.Out.Writer.Write(ToCsv());
                break;
            case OutputFormat.Json:
                console.Profile.Out.Writer.WriteLine(ToJson());
                break;
            default:
                var table = new Table().AddColumns([.. Columns.Select(Markup.Escape)]);
                foreach (var row in _rows)
                {
                    table.AddRow([.. row.Select(v => v is null ? "[grey]null[/]" : Markup.Escape(Text(v)))]);
                }

                console.Write(table);
                break;
        }
    }

    /// <summary>The rows as CSV with a header line.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns.Select(Quote)).Append("\r\n");
        foreach (var row in _rows)
        {
            csv.AppendJoin(',', row.Select(v => v is null ? "" : Quote(Text(v)))).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The rows as a JSON array of objects.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in _rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < Columns.Count; i++)
                {
                    json.WritePropertyName(Columns[i]);
                    WriteValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A value as text: invariant culture, timestamps <c>yyyy-MM-ddTHH:mm:ss.FFFFFFZ</c>.</summary>
    public static string Text(object value) => value switch
    {
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.Kind == DateTimeKind.Utc ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        float x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int or long or short or byte: json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case decimal m: json.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): json.WriteNumberValue(f); break;
            default: json.WriteStringValue(Text(value)); break;
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
