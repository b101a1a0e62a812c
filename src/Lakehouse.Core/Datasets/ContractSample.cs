namespace Lakehouse.Core.Datasets;

/// <summary>One planted personal value: its kind (the token that must replace it: CPF, NOME…) and the value as written.</summary>
public sealed record PlantedValue(string Kind, string Value);

/// <summary>One generated contract: its files (text-layer PDF and scan), kind, a word found only in it, its planted values.</summary>
/// <param name="Id">File name stem, <c>contrato-0001</c>.</param>
/// <param name="Kind"><c>locacao</c>, <c>servicos</c> or <c>trabalho</c>.</param>
/// <param name="Files">File names in the output folder.</param>
/// <param name="SearchWord">A word that occurs in this contract and in no other of the sample.</param>
/// <param name="Planted">Every personal value written into the contract.</param>
public sealed record GeneratedContract(string Id, string Kind, IReadOnlyList<string> Files, string SearchWord, IReadOnlyList<PlantedValue> Planted);

/// <summary>What <see cref="ContractGenerator.WriteAsync"/> wrote: the contracts and the path of <c>planted.json</c>.</summary>
public sealed record ContractSample(int Seed, IReadOnlyList<GeneratedContract> Contracts, string PlantedFile);
