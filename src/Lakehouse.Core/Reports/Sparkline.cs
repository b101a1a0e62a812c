using System.Globalization;
using System.Text;

namespace Lakehouse.Core.Reports;

/// <summary>
/// A small inline SVG line chart of a metric's last values, with a text alternative (<c>role="img"</c>, a title and an
/// <c>aria-label</c> listing the values), so the chart is readable without seeing it.
/// </summary>
internal static class Sparkline
{
    private const int Width = 180;
    private const int Height = 48;
    private const int Pad = 4;

    public static string Svg(MetricHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var values = history.Points.Select(p => p.Value).ToList();
        var label = $"{Label(history)}, last {values.Count} load(s): {string.Join(", ", values.Select(Format))}";
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{HtmlPage.Encode(label)}\">")
            .Append("<title>").Append(HtmlPage.Encode(label)).Append("</title>")
            .Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\" fill=\"#f6f8fa\"/>");
        if (values.Count > 0)
        {
            var min = values.Min();
            var max = values.Max();
            var span = max - min == 0 ? 1 : max - min;
            var step = values.Count == 1 ? 0 : (Width - (2.0 * Pad)) / (values.Count - 1);
            var points = values.Select((v, i) => (X: Pad + (i * step), Y: Height - Pad - ((v - min) / span * (Height - (2.0 * Pad))))).ToList();
            svg.Append("<polyline fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\" points=\"")
                .AppendJoin(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")))
                .Append("\"/>");
            var last = points[^1];
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{last.X:0.#}\" cy=\"{last.Y:0.#}\" r=\"3\" fill=\"#0969da\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    public static string Label(MetricHistory history) => history.Column is null ? history.Metric : $"{history.Metric} of {history.Column}";

    private static string Format(double value) =>
        Math.Abs(value - Math.Round(value)) < 1e-9 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.####", CultureInfo.InvariantCulture);
}
