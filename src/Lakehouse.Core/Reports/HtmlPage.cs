using System.Globalization;
using System.Net;
using System.Text;

namespace Lakehouse.Core.Reports;

/// <summary>
/// A self-contained HTML page: inline CSS, no script, no font, image or link outside the report's own pages. Text is
/// always HTML-encoded; status is said in words as well as colour. The report's pages are built with this.
/// </summary>
internal sealed class HtmlPage
{
    private const string Css = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:2rem auto;max-width:72rem;padding:0 1rem}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
        table{border-collapse:collapse;width:100%;margin:.6rem 0}caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f5f7}
        td.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:.9em;word-break:break-all}
        .ok{color:#1a7f37;font-weight:600}.warn{color:#8a5a00;font-weight:600}.bad{color:#c0262d;font-weight:600}
        .muted{color:#57606a}nav a{margin-right:1rem}figure{display:inline-block;margin:.4rem 1rem .4rem 0}figcaption{font-size:.85rem}
        """;

    private readonly StringBuilder _html = new();

    public HtmlPage(string title, string? backLink = null)
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        if (backLink is not null)
        {
            _html.Append("<nav><a href=\"").Append(Encode(backLink)).Append("\">← back</a></nav>\n");
        }
    }

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Number(long? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "—";

    public static string Time(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "—";

    public HtmlPage Heading(int level, string text)
    {
        _html.Append("<h").Append(level).Append('>').Append(Encode(text)).Append("</h").Append(level).Append(">\n");
        return this;
    }

    public HtmlPage Paragraph(string html)
    {
        _html.Append("<p>").Append(html).Append("</p>\n");
        return this;
    }

    /// <summary>Appends raw, already encoded HTML.</summary>
    public HtmlPage Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    /// <summary>
    /// A table with a caption and column headers (<c>th scope="col"</c>); cells are raw HTML (encode text with
    /// <see cref="Encode"/>); a cell starting with <c>#</c> is right-aligned as a number (the <c>#</c> is dropped).
    /// </summary>
    public HtmlPage Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        _html.Append("<table>\n<caption>").Append(Encode(caption)).Append("</caption>\n<thead><tr>");
        foreach (var header in headers)
        {
            _html.Append("<th scope=\"col\">").Append(Encode(header)).Append("</th>");
        }

        _html.Append("</tr></thead>\n<tbody>\n");
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            _html.Append("<tr>");
            foreach (var cell in row)
            {
                _html.Append(cell.StartsWith('#') ? "<td class=\"n\">" : "<td>").Append(cell.StartsWith('#') ? cell[1..] : cell).Append("</td>");
            }

            _html.Append("</tr>\n");
        }

        if (!any)
        {
            _html.Append("<tr><td colspan=\"").Append(headers.Count).Append("\" class=\"muted\">none</td></tr>\n");
        }

        _html.Append("</tbody>\n</table>\n");
        return this;
    }

    public override string ToString() => _html + "</body>\n</html>\n";
}
