namespace Lakehouse.Core.Reports;

// The parts of an ObjectReport. They carry names, counts, row numbers, keys and hashes — never cell values.

/// <summary>Rows of an object the transform quarantined under one rule: how many and the first record numbers.</summary>
public sealed record QuarantineGroup(string Rule, string? Column, long Rows, IReadOnlyList<long> RowNumbers);

/// <summary>A silver column: its declared type, whether it may be empty, and what the masking policy does to it.</summary>
public sealed record ColumnReport(string Name, string Type, bool Required, string Masking);

/// <summary>Where an object's data went: bronze key and sha256, silver, quarantine and validation keys, warehouse tables.</summary>
public sealed record Lineage(string BronzeBucket, string BronzeKey, string Sha256, string? SilverKey, string? QuarantineKey, string? ValidationKey, IReadOnlyList<string> Tables);

/// <summary>The last values of one metric of a dataset, oldest first (one point per load).</summary>
public sealed record MetricHistory(string Metric, string? Column, IReadOnlyList<MetricPoint> Points);

/// <summary>One value of a metric, from one load.</summary>
public sealed record MetricPoint(DateTimeOffset At, string RunId, double Value);
