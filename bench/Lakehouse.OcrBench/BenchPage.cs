namespace Lakehouse.OcrBench;

/// <summary>One image file (one page, or several for a multi-page TIFF) with its ground truth, and what each side recognised.</summary>
internal sealed record BenchPage(string Set, string Image, string Truth, int Pages = 1)
{
    public string Ours { get; set; } = "";

    public string Cli { get; set; } = "";
}
