using System.Reflection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Lakehouse.Core.Catalog;

/// <summary>
/// Applies the embedded SQL migrations (<c>*/Migrations/NNNN_name.sql</c>, in number order) once each, recorded in
/// <c>lakehouse.schema_migrations</c>. A PostgreSQL advisory lock serialises concurrent starts (several Functions
/// hosts, CLI and tests), so the call is safe to make on every start.
/// </summary>
public sealed partial class DatabaseMigrator
{
    private const long AdvisoryLockId = 0x4c414b45_484f5553; // "LAKEHOUS"
    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<DatabaseMigrator> _logger;

    /// <summary>Creates the migrator.</summary>
    public DatabaseMigrator(NpgsqlDataSource dataSource, ILogger<DatabaseMigrator> logger)
    {
        _dataSource = dataSource;
        _logger = logger;
    }

    /// <summary>The migrations embedded in this assembly, in order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } = LoadMigrations();

    /// <summary>
    /// Whether every embedded migration is recorded as applied: one query, no lock, so a short command can skip
    /// <see cref="ApplyAsync"/> (false when the catalog does not exist yet).
    /// </summary>
    public async Task<bool> IsUpToDateAsync(CancellationToken cancellationToken)
    {
        // Versions inline (integers of our own): no array parameter, whose first use costs a short command start-up time.
        await using var command = _dataSource.CreateCommand(
            $"SELECT count(*) FROM lakehouse.schema_migrations WHERE version IN ({string.Join(", ", Migrations.Select(m => m.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)))})");
        try
        {
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == Migrations.Count;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return false; // No catalog yet.
        }
    }

    /// <summary>Applies the pending migrations; returns how many were applied.</summary>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await Execute(connection, $"SELECT pg_advisory_lock({AdvisoryLockId})", cancellationToken);
        try
        {
            await Execute(connection, "CREATE SCHEMA IF NOT EXISTS lakehouse; CREATE TABLE IF NOT EXISTS lakehouse.schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken);
            var applied = new HashSet<int>();
            await using (var command = new NpgsqlCommand("SELECT version FROM lakehouse.schema_migrations", connection))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetInt32(0));
                }
            }

            var count = 0;
            foreach (var (version, name, sql) in Migrations.Where(m => !applied.Contains(m.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using (var command = new NpgsqlCommand(sql, connection, transaction))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                await using (var record = new NpgsqlCommand("INSERT INTO lakehouse.schema_migrations (version, name) VALUES ($1, $2)", connection, transaction))
                {
                    record.Parameters.Add(new NpgsqlParameter { Value = version });
                    record.Parameters.Add(new NpgsqlParameter { Value = name });
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                LogApplied(_logger, version, name);
                count++;
            }

            return count;
        }
        finally
        {
            await Execute(connection, $"SELECT pg_advisory_unlock({AdvisoryLockId})", CancellationToken.None);
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<(int, string, string)> LoadMigrations()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        var list = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("migrations/", StringComparison.Ordinal)))
        {
            // Logical names (see the csproj) look like migrations/0001_catalog.sql
            var file = resource["migrations/".Length..^".sql".Length];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(file[..underscore], System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add((version, file[(underscore + 1)..], reader.ReadToEnd()));
        }

        return [.. list.OrderBy(m => m.Item1)];
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Applied migration {Version} {Name}")]
    private static partial void LogApplied(ILogger logger, int version, string name);
}
