using Lakehouse.Core.Datasets;
using Lakehouse.Core.Masking;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Transform;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Parquet;

/// <summary>
/// The real Olist subset run through the real transform core into temporary silver Parquet files, once per test class.
/// Empty when the subset is absent (the tests using it are then skipped).
/// </summary>
public sealed class SilverFiles : IAsyncLifetime, IDisposable
{
    private const string Key = "silver-interop-test-key-0123456789";
    private readonly TempDirectory _folder = new("silver");
    private readonly Dictionary<string, (string Csv, string Parquet, TransformCounts Counts)> _files = [];

    /// <summary>The folder of the silver files (and anything a test derives from them).</summary>
    public TempDirectory Folder => _folder;

    public async Task InitializeAsync()
    {
        foreach (var dataset in OlistDatasets.All)
        {
            var csv = RepoPaths.OlistFile($"olist_{dataset.Name}_dataset");
            if (csv is not null)
            {
                var parquet = _folder.Combine($"{dataset.Name}.parquet");
                _files[dataset.Name] = (csv, parquet, await TransformAsync(csv, parquet, dataset));
            }
        }
    }

    /// <summary>The source CSV (.csv.gz) of <paramref name="dataset"/>.</summary>
    public string Csv(DatasetDefinition dataset) => _files[dataset.Name].Csv;

    /// <summary>Our silver Parquet file of <paramref name="dataset"/>.</summary>
    public string Parquet(DatasetDefinition dataset) => _files[dataset.Name].Parquet;

    /// <summary>Every silver file written.</summary>
    public IEnumerable<string> All => _files.Values.Select(f => f.Parquet);

    /// <summary>The transform's counts for <paramref name="dataset"/>.</summary>
    public TransformCounts Counts(DatasetDefinition dataset) => _files[dataset.Name].Counts;

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();

    private static async Task<TransformCounts> TransformAsync(string csv, string parquet, DatasetDefinition dataset)
    {
        await using var source = File.OpenRead(csv);
        await using var output = File.Create(parquet);
        await using var quarantineStream = File.Create(parquet + ".quarantine");
        ParquetFileWriter? quarantine = null;
        try
        {
            await using var silver = new ParquetFileWriter(output, SilverSchemas.For(dataset),
                new() { RowGroupTargetBytes = ObjectTransformer.SilverRowGroupBytes, DictionaryColumns = SilverSchemas.DictionaryColumns(dataset) });
            return await new CsvToParquet(new Pseudonymizer(Key)).RunAsync(source, Path.GetFileName(csv), BuiltInDatasets.Registry.Get(dataset.Name), silver, () =>
                quarantine = new ParquetFileWriter(quarantineStream, SilverSchemas.Quarantine), CancellationToken.None);
        }
        finally
        {
            if (quarantine is not null)
            {
                await quarantine.DisposeAsync();
            }
        }
    }
}
