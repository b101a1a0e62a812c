namespace Lakehouse.Core.Collection;

/// <summary>The kinds of collection source, as written in configuration and in bronze object metadata.</summary>
public static class CollectionSourceKinds
{
    /// <summary>Banco Central do Brasil SGS time series.</summary>
    public const string BcbSgs = "bcb-sgs";

    /// <summary>Open-Meteo daily weather.</summary>
    public const string OpenMeteo = "open-meteo";

    /// <summary>A watched folder.</summary>
    public const string Folder = "folder";

    /// <summary>Every kind.</summary>
    public static IReadOnlyList<string> All { get; } = [BcbSgs, OpenMeteo, Folder];
}
