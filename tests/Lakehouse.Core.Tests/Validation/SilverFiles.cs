using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;
using Lakehouse.Core.Transform;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;

namespace Lakehouse.Core.Tests.Validation;

/// <summary>Small silver files written by our writer (several row groups), and the evaluation of expectations over them.</summary>
internal static class SilverFiles
{
    public static async Task<MemoryStream> WriteAsync(DatasetDefinition dataset, IEnumerable<object?[]> rows, IDictionary<string, string>? metadata = null)
    {
        var stream = new MemoryStream();
        var options = new ParquetWriterOptions { RowGroupTargetBytes = 256, Metadata = metadata ?? new Dictionary<string, string>() };
        options.Metadata["lakehouse.schema_id"] = dataset.SchemaId;
        await using (var writer = new ParquetFileWriter(stream, SilverSchemas.For(dataset), options))
        {
            foreach (var row in rows)
            {
                await writer.WriteRowAsync(row);
            }
        }

        stream.Position = 0;
        return stream;
    }

    public static async Task<IReadOnlyList<Finding>> EvaluateAsync(
        DatasetDefinition dataset, Stream silver, params ITableExpectation[] declared) =>
        await EvaluateAsync(Context(dataset), silver, declared);

    public static async Task<IReadOnlyList<Finding>> EvaluateAsync(ExpectationContext context, Stream silver, params ITableExpectation[] declared) =>
        [.. (await TableExpectations.EvaluateAsync(silver, context, declared, new ValidationOptions(), CancellationToken.None)).Findings];

    public static ExpectationContext Context(DatasetDefinition dataset, IReferenceLookup? references = null) =>
        new(dataset, new Dictionary<string, string>(), 0, 0, [], new DateOnly(2018, 9, 1), references ?? new KeySetLookup([]));

    public static object?[] Item(string order, int item, decimal price, decimal freight = 10m, string product = "p1", string seller = "s1") =>
        [order, item, product, seller, new DateTime(2018, 1, 2, 3, 4, 5, DateTimeKind.Utc), price, freight];

    public static object?[] Order(string order, DateTime? purchase, DateTime? delivered = null) =>
        [order, "c1", "delivered", purchase, null, null, delivered, new DateTime(2018, 2, 1, 0, 0, 0, DateTimeKind.Utc)];
}

/// <summary>The warehouse seam for referential integrity: keys per "table.column".</summary>
internal sealed class KeySetLookup(Dictionary<string, HashSet<string>> keys) : IReferenceLookup
{
    public Task<long> CountMissingAsync(string table, string column, IReadOnlyCollection<string> values, CancellationToken cancellationToken)
    {
        var known = keys.GetValueOrDefault($"{table}.{column}") ?? [];
        return Task.FromResult((long)values.Count(v => !known.Contains(v)));
    }
}
