using Lakehouse.Core.Catalog;
using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Reports;

/// <summary>
/// Renders the quality report of a run as static, self-contained HTML pages (Great Expectations' Data Docs and
/// Dagster's run pages are the models; unlike Data Docs, no failing value is ever copied into a page): the run's
/// <c>index.html</c> with its objects, stages, durations and row counts; a page per object (<see cref="ObjectPageWriter"/>);
/// and the list of recent runs.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The run page: what happened to each object, with links to their pages.</summary>
    public static string RenderRun(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var page = new HtmlPage($"Run {report.RunId} — quality report", "../index.html")
            .Heading(1, $"Run {report.RunId}")
            .Paragraph($"{HtmlPage.Encode(report.Kind)} run, <span class=\"{StatusClass(report.Status)}\">{HtmlPage.Encode(report.Status.ToText())}</span>; "
                + $"started {HtmlPage.Time(report.StartedAt)}, finished {HtmlPage.Time(report.FinishedAt)}"
                + (report.FinishedAt is { } end ? $" ({(end - report.StartedAt).TotalSeconds:0.0} s)" : "")
                + $". Report generated {HtmlPage.Time(report.GeneratedAt)}.");
        var failed = report.Objects.SelectMany(o => o.Expectations.Where(e => !e.Passed).Select(e => (Object: o, Expectation: e))).ToList();
        page.Paragraph($"{report.Objects.Count} object(s): {report.Objects.Count(o => o.Status == ObjectStatus.Loaded)} loaded, "
            + $"{report.Objects.Count(o => o.Status == ObjectStatus.Rejected)} rejected, {report.Objects.Count(o => o.Status == ObjectStatus.Failed)} failed; "
            + $"{HtmlPage.Number(report.Objects.Sum(o => o.RowsRead ?? 0))} rows read, {HtmlPage.Number(report.Objects.Sum(o => o.RowsQuarantined ?? 0))} quarantined, "
            + $"{HtmlPage.Number(report.Objects.Sum(o => o.RowsLoaded ?? 0))} loaded; {failed.Count} expectation(s) not met.");
        page.Heading(2, "Objects").Table("Objects of the run", ["object", "dataset", "status", "rows read", "quarantined", "loaded", "stages (duration)"],
            report.Objects.Select(o => (IReadOnlyList<string>)
            [
                $"<a href=\"{HtmlPage.Encode(o.Page)}\"><code>{HtmlPage.Encode(o.Key)}</code></a>",
                HtmlPage.Encode(o.Dataset ?? "—"),
                Status(o.Status),
                "#" + HtmlPage.Number(o.RowsRead),
                "#" + HtmlPage.Number(o.RowsQuarantined),
                "#" + HtmlPage.Number(o.RowsLoaded),
                string.Join(", ", o.Stages.Select(s => $"{HtmlPage.Encode(s.Stage.ToText())} {(s.Status == StageStatus.Succeeded ? "" : "<span class=\"bad\">failed</span> ")}{(s.FinishedAt - s.StartedAt).TotalSeconds:0.00} s")),
            ]));
        page.Heading(2, "Expectations not met").Table("Failed expectations across the run", ["object", "expectation", "column", "severity", "observed", "expected", "rows"],
            failed.Select(f => (IReadOnlyList<string>)
            [
                $"<a href=\"{HtmlPage.Encode(f.Object.Page)}\">{HtmlPage.Encode(Path.GetFileName(f.Object.Key))}</a>",
                $"<code>{HtmlPage.Encode(f.Expectation.Expectation)}</code>",
                HtmlPage.Encode(f.Expectation.Column ?? "—"),
                Severity(f.Expectation.Severity),
                HtmlPage.Encode(Or(f.Expectation.Observed, f.Expectation.Message)),
                HtmlPage.Encode(Or(f.Expectation.Expected, "—")),
                "#" + HtmlPage.Number(f.Expectation.FailedRows),
            ]));
        return page.ToString();
    }

    /// <summary>The list of recent runs, newest first, each linking to its report.</summary>
    public static string RenderIndex(IReadOnlyList<RunSummary> runs, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return new HtmlPage("Lakehouse — quality reports")
            .Heading(1, "Quality reports")
            .Paragraph($"Most recent runs, newest first. Generated {HtmlPage.Time(generatedAt)}.")
            .Table("Recent runs", ["run", "kind", "status", "started", "took", "loaded", "failed", "skipped", "objects"],
                runs.Select(r => (IReadOnlyList<string>)
                [
                    $"<a href=\"{HtmlPage.Encode(Uri.EscapeDataString(r.RunId))}/index.html\"><code>{HtmlPage.Encode(r.RunId)}</code></a>",
                    HtmlPage.Encode(r.Kind),
                    $"<span class=\"{StatusClass(r.Status)}\">{HtmlPage.Encode(r.Status.ToText())}</span>",
                    HtmlPage.Time(r.StartedAt),
                    r.FinishedAt is { } end ? $"#{(end - r.StartedAt).TotalSeconds:0.0} s" : "—",
                    "#" + HtmlPage.Number(r.Succeeded), "#" + HtmlPage.Number(r.Failed), "#" + HtmlPage.Number(r.Skipped), "#" + HtmlPage.Number(r.Objects),
                ]))
            .ToString();
    }

    internal static string Or(string text, string otherwise) => string.IsNullOrEmpty(text) ? otherwise : text;

    internal static string Status(ObjectStatus status) => status switch
    {
        ObjectStatus.Loaded => "<span class=\"ok\">loaded</span>",
        ObjectStatus.Failed or ObjectStatus.Rejected => $"<span class=\"bad\">{HtmlPage.Encode(status.ToText())}</span>",
        _ => $"<span class=\"warn\">{HtmlPage.Encode(status.ToText())}</span>",
    };

    internal static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Critical => "<span class=\"bad\">critical</span>",
        FindingSeverity.Error => "<span class=\"bad\">error</span>",
        _ => "<span class=\"warn\">warning</span>",
    };

    private static string StatusClass(RunStatus status) => status switch
    {
        RunStatus.Succeeded => "ok",
        RunStatus.Running or RunStatus.Partial => "warn",
        _ => "bad",
    };
}
