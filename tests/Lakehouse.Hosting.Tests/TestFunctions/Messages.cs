namespace Lakehouse.Hosting.Tests.TestFunctions;

internal sealed record OrderLine(string Sku, int Quantity, DateOnly Day);

/// <summary>Object graph with a cycle: System.Text.Json cannot serialize it.</summary>
internal sealed class Node
{
    public Node? Next { get; set; }
}
