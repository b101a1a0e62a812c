using System.Globalization;
using Lakehouse.Core.Warehouse;
using Lakehouse.Testing;
using Npgsql;

namespace Lakehouse.Core.Tests.Warehouse;

/// <summary>Our binary COPY encoder against a real PostgreSQL: every value must read back exactly as written.</summary>
public sealed class PgBinaryCopyWriterTests
{
    private static readonly decimal[] Numerics =
    [
        0m, 0.01m, -0.01m, 1m, -1m, 9999.99m, 10000m, 10000.5m, 123456789012.34m, -123456789012.34m,
        0.1m, 99999999999999.99m, 100.00m, 20000m, 0.5m,
    ];

    [RequiresPostgresBinariesFact]
    public async Task Copy_EveryTypeAndNull_ReadsBackExactly()
    {
        var server = await PostgresServer.GetAsync();
        await using var connection = new NpgsqlConnection(await server.CreateDatabaseAsync("binary_copy"));
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE t (n integer, b boolean, i integer, l bigint, f real, d double precision, s text, dt date, ts timestamptz, m numeric(16, 2), m4 numeric(18, 4))", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var timestamps = new[]
        {
            new DateTime(2017, 10, 15, 3, 0, 0, DateTimeKind.Utc), new DateTime(1999, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(1234560),
            new DateTime(2035, 12, 31, 12, 0, 0, DateTimeKind.Utc),
        };
        var texts = new[] { "", "São Paulo — ação", "tab\there\nnewline \\ back", new string('x', 100_000) };
        var rows = Numerics.Length;
        await using (var stream = await connection.BeginRawBinaryCopyAsync("COPY t FROM STDIN (FORMAT BINARY)"))
        {
            var writer = new PgBinaryCopyWriter(stream);
            writer.StartRow(11);
            for (var c = 0; c < 11; c++)
            {
                writer.WriteNull();
            }

            for (var r = 1; r < rows; r++)
            {
                writer.StartRow(11);
                writer.Write(r);
                writer.Write(r % 2 == 0);
                writer.Write(-r * 1000);
                writer.Write(long.MinValue + r);
                writer.Write(r / 3f);
                writer.Write(r / 7d - 1e300 * (r % 2));
                writer.Write(texts[r % texts.Length]);
                writer.Write(new DateOnly(1999 + r, 2, 28).AddDays(r));
                writer.WriteTimestamp(timestamps[r % timestamps.Length]);
                writer.WriteNumeric(Numerics[r], 2);
                writer.WriteNumeric(-Numerics[r] / 100, 4);
            }

            writer.Complete();
            Assert.Equal(rows, writer.Rows);
        }

        await using var select = new NpgsqlCommand("SELECT * FROM t ORDER BY n NULLS FIRST", connection);
        await using var reader = await select.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.All(Enumerable.Range(0, 11), c => Assert.True(reader.IsDBNull(c)));
        for (var r = 1; r < rows; r++)
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal(r, reader.GetInt32(0));
            Assert.Equal(r % 2 == 0, reader.GetBoolean(1));
            Assert.Equal(-r * 1000, reader.GetInt32(2));
            Assert.Equal(long.MinValue + r, reader.GetInt64(3));
            Assert.Equal(r / 3f, reader.GetFloat(4));
            Assert.Equal(r / 7d - 1e300 * (r % 2), reader.GetDouble(5));
            Assert.Equal(texts[r % texts.Length], reader.GetString(6));
            Assert.Equal(new DateOnly(1999 + r, 2, 28).AddDays(r), reader.GetFieldValue<DateOnly>(7));
            Assert.Equal(timestamps[r % timestamps.Length], reader.GetFieldValue<DateTime>(8));
            Assert.Equal(Numerics[r].ToString("F2", CultureInfo.InvariantCulture), reader.GetFieldValue<decimal>(9).ToString("F2", CultureInfo.InvariantCulture));
            Assert.Equal(-Numerics[r] / 100, reader.GetFieldValue<decimal>(10));
        }
    }

    [Fact]
    public void WriteNumeric_MoreDecimalsThanTheScale_Throws()
    {
        var writer = new PgBinaryCopyWriter(new MemoryStream());

        Assert.Throws<ArgumentException>(() => writer.WriteNumeric(1.234m, 2));
    }
}
