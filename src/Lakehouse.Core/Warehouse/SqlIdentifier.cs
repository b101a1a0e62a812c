namespace Lakehouse.Core.Warehouse;

/// <summary>Identifiers written into SQL text (tables and columns named by the declared suites, never by data).</summary>
internal static class SqlIdentifier
{
    /// <summary><c>dw.fact_order</c> → <c>"dw"."fact_order"</c>: each dot-separated part double-quoted, inner quotes doubled.</summary>
    public static string Quote(string name) =>
        string.Join('.', name.Split('.').Select(part => "\"" + part.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
