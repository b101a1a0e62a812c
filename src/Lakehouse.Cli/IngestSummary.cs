using System.Text.Json;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Validation;
using Lakehouse.Functions;
using Spectre.Console;

namespace Lakehouse.Cli;

/// <summary>
/// The result of an ingest run: a table per object and, once per object with something to say, its key followed by
/// its error and findings (file, rows, rule — never a value); or the same as CSV (one row per object) or JSON
/// (<c>run_id</c>, counts, <c>objects</c> with their <c>findings</c>).
/// </summary>
public static class IngestSummary
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Prints <paramref name="result"/> to <paramref name="output"/>; <paramref name="reportLocation"/> is where the run's
    /// quality report can be opened (a path or bucket/key), printed last (in JSON as <c>report</c>).
    /// </summary>
    public static void Write(IngestResult result, CliOutput output, OutputFormat format, string? reportLocation = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case OutputFormat.Json:
                output.Out.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(ToDocument(result, reportLocation), Json));
                break;
            case OutputFormat.Csv:
                Objects(result).Write(output.Out, OutputFormat.Csv);
                break;
            default:
                WriteTable(result, output.Out, reportLocation);
                break;
        }
    }

    /// <summary>The error without a leading "{key}: " or "{file name}: " (the key is printed once, above it).</summary>
    public static string? WithoutKey(string? error, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var prefix in new[] { key + ": ", Path.GetFileName(key) + ": " })
        {
            if (error is not null && error.StartsWith(prefix, StringComparison.Ordinal))
            {
                return error[prefix.Length..];
            }
        }

        return error;
    }

    private static ResultTable Objects(IngestResult result)
    {
        var table = new ResultTable("key", "dataset", "status", "rows_read", "rows_quarantined", "rows_loaded", "error");
        foreach (var o in result.Objects)
        {
            table.Add(o.Key, o.Dataset, o.Status.ToText(), o.RowsRead, o.RowsQuarantined, o.RowsLoaded, CliMessages.Clean(WithoutKey(o.Error, o.Key)));
        }

        return table;
    }

    private static void WriteTable(IngestResult result, IAnsiConsole console, string? reportLocation)
    {
        var table = new Table().Title($"run {result.RunId}").AddColumns("object", "dataset", "status", "rows read", "quarantined", "loaded");
        foreach (var o in result.Objects)
        {
            var color = o.Status switch { ObjectStatus.Loaded => "green", ObjectStatus.Failed or ObjectStatus.Rejected => "red", _ => "yellow" };
            table.AddRow(Markup.Escape(Path.GetFileName(o.Key)), o.Dataset ?? "?", $"[{color}]{o.Status.ToText()}[/]", $"{o.RowsRead:N0}", $"{o.RowsQuarantined:N0}", $"{o.RowsLoaded:N0}");
        }

        console.Write(table);
        foreach (var o in result.Objects)
        {
            WriteDetails(o, console);
        }

        console.MarkupLineInterpolated($"{result.Succeeded} loaded, {result.Skipped} skipped, {result.Rejected} rejected, {result.Failed} failed");
        if (reportLocation is not null)
        {
            console.MarkupLineInterpolated($"quality report: {reportLocation}");
        }
    }

    /// <summary>
    /// The object's key once, then its error and findings indented under it; nothing when it has neither, or when it
    /// was only skipped as already loaded (the table says so).
    /// </summary>
    private static void WriteDetails(ProcessObjectResult o, IAnsiConsole console)
    {
        var findings = o.Findings.Where(f => f.Severity != FindingSeverity.Critical || o.Error is null).ToList();
        if ((o.Error is null || o.Status == ObjectStatus.Skipped) && findings.Count == 0)
        {
            return;
        }

        var color = o.Status is ObjectStatus.Failed or ObjectStatus.Rejected ? "red" : "grey";
        console.MarkupLineInterpolated($"[{color}]{o.Status.ToText()}[/] {o.Key}");
        if (CliMessages.Clean(WithoutKey(o.Error, o.Key)) is { } error)
        {
            console.MarkupLineInterpolated($"  {error}");
        }

        foreach (var f in findings)
        {
            var rows = f.SampleRows.Count == 0 ? "" : $"rows {string.Join(", ", f.SampleRows)}{(f.FailedRows > f.SampleRows.Count ? ", …" : "")}: ";
            console.MarkupLineInterpolated($"  {rows}rule [bold]{f.Expectation}[/] ({f.Severity.ToString().ToLowerInvariant()}{(f.FailedRows > 0 ? $", {f.FailedRows} row(s)" : "")}) — {f.Message}");
        }
    }

    private static object ToDocument(IngestResult result, string? reportLocation) => new
    {
        RunId = result.RunId,
        Report = reportLocation,
        Loaded = result.Succeeded,
        Skipped = result.Skipped,
        Rejected = result.Rejected,
        Failed = result.Failed,
        Objects = result.Objects.Select(o => new
        {
            Key = o.Key,
            Dataset = o.Dataset,
            Status = o.Status.ToText(),
            RowsRead = o.RowsRead,
            RowsQuarantined = o.RowsQuarantined,
            RowsLoaded = o.RowsLoaded,
            Error = CliMessages.Clean(WithoutKey(o.Error, o.Key)),
            Findings = o.Findings.Select(f => new
            {
                Expectation = f.Expectation,
                Column = f.Column,
                Severity = f.Severity.ToString().ToLowerInvariant(),
                FailedRows = f.FailedRows,
                SampleRows = f.SampleRows,
                Message = f.Message,
            }),
        }),
    };
}
