namespace Lakehouse.Core.Reports;

/// <summary>
/// The page of one object in a run's report: expectations (met or not, severity, observed value and threshold),
/// quarantined rows by rule with record numbers (never values), the schema and masking applied per column, lineage
/// bronze → silver → gold, and the history of the dataset's key metrics as small charts.
/// </summary>
public static class ObjectPageWriter
{
    /// <summary>Renders the page of <paramref name="item"/> in <paramref name="run"/>.</summary>
    public static string Render(RunReport run, ObjectReport item)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(item);
        var page = new HtmlPage($"{Path.GetFileName(item.Key)} — run {run.RunId}", "../index.html")
            .Heading(1, Path.GetFileName(item.Key))
            .Paragraph($"Run <code>{HtmlPage.Encode(run.RunId)}</code>; dataset {HtmlPage.Encode(item.Dataset ?? "—")} (schema <code>{HtmlPage.Encode(item.SchemaId ?? "—")}</code>); "
                + $"status {HtmlReportWriter.Status(item.Status)}; {HtmlPage.Number(item.RowsRead)} rows read, {HtmlPage.Number(item.RowsQuarantined)} quarantined, {HtmlPage.Number(item.RowsLoaded)} loaded.");
        if (item.Error is not null)
        {
            page.Paragraph($"<span class=\"bad\">Why:</span> {HtmlPage.Encode(item.Error)}");
        }

        page.Heading(2, "Expectations").Table("Expectations evaluated on this object", ["result", "expectation", "column", "severity", "observed", "expected", "failing rows", "first rows"],
            item.Expectations.OrderBy(e => e.Passed).ThenByDescending(e => e.Severity).Select(e => (IReadOnlyList<string>)
            [
                e.Passed ? "<span class=\"ok\">met</span>" : "<span class=\"bad\">not met</span>",
                $"<code>{HtmlPage.Encode(e.Expectation)}</code>",
                HtmlPage.Encode(e.Column ?? "—"),
                HtmlReportWriter.Severity(e.Severity),
                HtmlPage.Encode(HtmlReportWriter.Or(e.Observed, e.Passed ? "—" : e.Message)),
                HtmlPage.Encode(HtmlReportWriter.Or(e.Expected, "—")),
                "#" + HtmlPage.Number(e.FailedRows),
                HtmlPage.Encode(string.Join(", ", e.SampleRows)),
            ]));
        if (item.Freshness.Count > 0)
        {
            var asOf = DateOnly.FromDateTime(run.GeneratedAt.UtcDateTime);
            page.Heading(2, "Freshness").Table("Latest date of each date column (for a collected series or location: how current it is)", ["column", "latest date", "days before the report"],
                item.Freshness.Select(f => (IReadOnlyList<string>)[$"<code>{HtmlPage.Encode(f.Column)}</code>", f.Latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "#" + HtmlPage.Number(asOf.DayNumber - f.Latest.DayNumber)]));
        }

        page.Heading(2, "Quarantined rows").Table("Quarantined rows by rule (record numbers, header excluded)", ["rule", "column", "rows", "record numbers"],
            item.Quarantine.Select(q => (IReadOnlyList<string>)
            [$"<code>{HtmlPage.Encode(q.Rule)}</code>", HtmlPage.Encode(q.Column ?? "—"), "#" + HtmlPage.Number(q.Rows), HtmlPage.Encode(string.Join(", ", q.RowNumbers) + (q.Rows > q.RowNumbers.Count ? ", …" : ""))]));
        page.Heading(2, "Schema and masking").Table("Columns as written to silver, with the masking policy applied", ["column", "type", "required", "masking"],
            item.Columns.Select(c => (IReadOnlyList<string>)[$"<code>{HtmlPage.Encode(c.Name)}</code>", HtmlPage.Encode(c.Type), c.Required ? "yes" : "no", HtmlPage.Encode(c.Masking)]));
        var l = item.Lineage;
        page.Heading(2, "Lineage").Table("Bronze → silver → gold", ["step", "where"],
        [
            ["bronze", $"<code>{HtmlPage.Encode($"{l.BronzeBucket}/{l.BronzeKey}")}</code><br>sha256 <code>{HtmlPage.Encode(l.Sha256)}</code>"],
            ["silver", $"<code>{HtmlPage.Encode(l.SilverKey ?? "—")}</code>"],
            ["quarantine", $"<code>{HtmlPage.Encode(l.QuarantineKey ?? "—")}</code>"],
            ["validation", $"<code>{HtmlPage.Encode(l.ValidationKey ?? "—")}</code>"],
            ["gold", l.Tables.Count == 0 ? "—" : string.Join(", ", l.Tables.Select(t => $"<code>dw.{HtmlPage.Encode(t)}</code>"))],
        ]);
        page.Heading(2, "History");
        if (item.History.Count == 0)
        {
            page.Paragraph("<span class=\"muted\">No earlier loads of this dataset.</span>");
        }

        foreach (var history in item.History)
        {
            page.Raw($"<figure>{Sparkline.Svg(history)}<figcaption>{HtmlPage.Encode(Sparkline.Label(history))}</figcaption></figure>\n");
        }

        return page.ToString();
    }
}
