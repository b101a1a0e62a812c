using System.CommandLine;

namespace Lakehouse.Cli;

/// <summary>How results are printed: a table for people, CSV or JSON (stable snake_case field names) for programs.</summary>
public enum OutputFormat
{
    /// <summary>Aligned columns.</summary>
    Table,

    /// <summary>RFC 4180 with a header row; invariant culture, ISO 8601 timestamps.</summary>
    Csv,

    /// <summary>JSON with snake_case field names.</summary>
    Json,
}

/// <summary>The <c>--format table|csv|json</c> option.</summary>
internal static class OutputFormatOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--format") { Description = "Output format: table, csv or json", DefaultValueFactory = _ => "table" };
        option.AcceptOnlyFromAmong("table", "csv", "json");
        return option;
    }

    public static OutputFormat Get(ParseResult parse, Option<string> option) =>
        Enum.Parse<OutputFormat>(parse.GetValue(option) ?? "table", ignoreCase: true);
}
