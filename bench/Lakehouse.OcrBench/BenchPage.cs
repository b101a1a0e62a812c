namespace Lakehouse.OcrBench;

/// <summary>One page image with its ground truth, and what each side recognised.</summary>
internal sealed record BenchPage(string Set, string Image, string Truth)
{
    public string Ours { get; set; } = "";

    public string Cli { get; set; } = "";
}
