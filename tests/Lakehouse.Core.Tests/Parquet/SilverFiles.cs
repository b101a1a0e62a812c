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
public sealed class SilverFiles : IDisposable
{
    private const string Key = "silver-interop-test-key-0123456789";
    private readonly TempDirectory _folder = new("silver");
    private readonly Dictionary<string, (string Csv, string Parquet, TransformCounts Counts)> _files = [];

    public SilverFiles()
    {
        foreach (var dataset in OlistDatasets.All)
        {
            var csv = RepoPaths.OlistFile($"olist_{dataset.Name}_dataset");
            if (csv is not null)
            {
                var parquet = _folder.Combine($"{dataset.Name}.parquet");
                _files[dataset.Name] = (csv, parquet, Transform(csv, parquet, dataset));
            }
        }
    }

    /// <summary>The source CSV (.csv.gz) of <paramref name="dataset"/>.</summary>
    public string Csv(DatasetDefinition dataset) => _files[dataset.Name].Csv;

    /// <summary>Our silver Parquet file of <paramref name="dataset"/>.</summary>
    public string Parquet(DatasetDefinition dataset) => _files[dataset.Name].Parquet;

    /// <summary>The transform's counts for <paramref name="dataset"/>.</summary>
    public TransformCounts Counts(DatasetDefinition dataset) => _files[dataset.Name].Counts;

    public void Dispose() => _folder.Dispose();

    private static TransformCounts Transform(string csv, string parquet, DatasetDefinition dataset)
    {
        using var source = File.OpenRead(csv);
        using var output = File.Create(parquet);
        using var quarantineStream = File.Create(parquet + ".quarantine");
        using var silver = new ParquetWriter(output, SilverSchemas.For(dataset));
        ParquetWriter? quarantine = null;
        try
        {
            return new CsvToParquet(new Pseudonymizer(Key)).Run(source, Path.GetFileName(csv), dataset, silver, () =>
                quarantine = new ParquetWriter(quarantineStream, SilverSchemas.Quarantine));
        }
        finally
        {
            quarantine?.Dispose();
        }
    }
}
