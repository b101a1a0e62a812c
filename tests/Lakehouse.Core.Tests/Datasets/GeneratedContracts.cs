using Lakehouse.Core.Datasets;
using Lakehouse.Core.Ocr;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Datasets;

/// <summary>Three generated contracts (one per scan variant), written once for the collection, deleted afterwards.</summary>
public sealed class GeneratedContracts : IAsyncLifetime, IDisposable
{
    public const string Collection = "generated contracts";

    private readonly TempDirectory _temp = new("contracts");

    public string Folder => _temp.Path;

    public ContractSample Sample { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (DocumentTextReader.IsAvailable(new OcrOptions(), out _))
        {
            Sample = await ContractGenerator.WriteAsync(_temp.Path, 3, 42);
        }
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _temp.Dispose();
}

/// <summary>The test classes sharing <see cref="GeneratedContracts"/>.</summary>
[CollectionDefinition(GeneratedContracts.Collection)]
public sealed class GeneratedContractsDefinition : ICollectionFixture<GeneratedContracts>;
