namespace Lakehouse.Core.Validation;

/// <summary>Aggregates per-row failures into one <see cref="Finding"/> per (rule, column, severity).</summary>
public sealed class FindingCollector
{
    private const int MaxSamples = 10;
    private readonly Dictionary<(string Rule, string? Column, FindingSeverity Severity), Entry> _entries = [];

    /// <summary>Records that row <paramref name="recordNumber"/> failed a rule.</summary>
    public void Add(string rule, string? column, FindingSeverity severity, long recordNumber, string message)
    {
        var key = (rule, column, severity);
        if (!_entries.TryGetValue(key, out var entry))
        {
            entry = new Entry(message);
            _entries[key] = entry;
        }

        entry.Count++;
        if (entry.Samples.Count < MaxSamples)
        {
            entry.Samples.Add(recordNumber);
        }
    }

    /// <summary>The findings so far, most failing rows first.</summary>
    public IReadOnlyList<Finding> ToFindings() =>
        [.. _entries
            .OrderByDescending(e => e.Value.Count)
            .Select(e => new Finding(e.Key.Rule, e.Key.Column, e.Key.Severity, e.Value.Count, [.. e.Value.Samples], e.Value.Message))];

    private sealed class Entry(string message)
    {
        public string Message { get; } = message;

        public long Count { get; set; }

        public List<long> Samples { get; } = [];
    }
}
