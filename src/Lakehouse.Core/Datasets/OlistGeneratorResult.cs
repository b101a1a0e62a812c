namespace Lakehouse.Core.Datasets;

/// <summary>The files <see cref="OlistGenerator"/> wrote and the personal values it planted in review texts.</summary>
public sealed record OlistGeneratorResult(IReadOnlyList<string> Paths, IReadOnlyList<string> Planted);
