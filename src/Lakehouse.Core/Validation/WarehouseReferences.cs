using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;
using Npgsql;

namespace Lakehouse.Core.Validation;

/// <summary>Key lookups in the warehouse for <see cref="ReferentialIntegrity"/>: one query per expectation.</summary>
public sealed class WarehouseReferences(NpgsqlDataSource dataSource) : IReferenceLookup
{
    /// <inheritdoc />
    public async Task<long> CountMissingAsync(string table, string column, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        // Table and column come from the declared suites (the dataset units), never from data; quoted all the same.
        var sql = $"SELECT count(*) FROM unnest(@keys) AS k(v) WHERE NOT EXISTS (SELECT 1 FROM {SqlIdentifier.Quote(table)} t WHERE t.{SqlIdentifier.Quote(column)} = k.v)";
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string[]>("keys", [.. keys]));
        command.CommandTimeout = 0;
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
