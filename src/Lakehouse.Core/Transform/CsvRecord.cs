namespace Lakehouse.Core.Transform;

/// <summary>One parsed CSV record.</summary>
/// <param name="Number">1-based record number, header excluded (what a spreadsheet user calls "row N").</param>
/// <param name="Line">1-based physical line where the record starts (records may span lines inside quotes).</param>
/// <param name="Fields">The field values, unquoted.</param>
public sealed record CsvRecord(long Number, long Line, IReadOnlyList<string> Fields);
