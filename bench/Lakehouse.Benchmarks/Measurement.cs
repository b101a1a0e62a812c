using System.Globalization;
using System.Text.Json;

namespace Lakehouse.Benchmarks;

/// <summary>One timed run: seconds of the work alone (no process start), rows, file bytes, peak resident bytes.</summary>
internal sealed record Measurement(double Seconds, long Rows, long FileBytes, long PeakBytes)
{
    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, double>
    {
        ["seconds"] = Seconds, ["rows"] = Rows, ["bytes"] = FileBytes, ["peak"] = PeakBytes,
    });

    public static Measurement FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new Measurement(
            root.GetProperty("seconds").GetDouble(),
            (long)root.GetProperty("rows").GetDouble(),
            (long)root.GetProperty("bytes").GetDouble(),
            (long)root.GetProperty("peak").GetDouble());
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Seconds:0.000} s, {Rows} rows, {FileBytes / 1048576.0:0.0} MiB file, peak {PeakBytes / 1048576.0:0} MiB");
}
