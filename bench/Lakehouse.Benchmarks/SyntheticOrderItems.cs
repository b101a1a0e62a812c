using System.Globalization;
using System.Text;
using Lakehouse.Core.Parquet;

namespace Lakehouse.Benchmarks;

/// <summary>
/// Deterministic Olist-shaped rows (order items joined with their order's status and customer state): 32-hex ids,
/// UTC shipping times, DECIMAL(12,2) prices, low-cardinality status and state. Written as a plain CSV (no quoting).
/// </summary>
internal static class SyntheticOrderItems
{
    public const string Header = "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value,order_status,customer_state";

    public static readonly ParquetSchema Schema = new(
    [
        new ParquetField("order_id", ParquetType.String, Nullable: false),
        new ParquetField("order_item_id", ParquetType.Int32, Nullable: false),
        new ParquetField("product_id", ParquetType.String, Nullable: false),
        new ParquetField("seller_id", ParquetType.String, Nullable: false),
        new ParquetField("shipping_limit_date", ParquetType.TimestampMicros, Nullable: false),
        new ParquetField("price", ParquetType.Decimal, Nullable: false, Precision: 12, Scale: 2),
        new ParquetField("freight_value", ParquetType.Decimal, Nullable: false, Precision: 12, Scale: 2),
        new ParquetField("order_status", ParquetType.String, Nullable: false),
        new ParquetField("customer_state", ParquetType.String, Nullable: false),
    ]);

    /// <summary>DuckDB's read_csv column types giving the same Parquet types as <see cref="Schema"/>.</summary>
    public const string DuckDbColumns = "{'order_id': 'VARCHAR', 'order_item_id': 'INTEGER', 'product_id': 'VARCHAR', 'seller_id': 'VARCHAR', "
        + "'shipping_limit_date': 'TIMESTAMPTZ', 'price': 'DECIMAL(12,2)', 'freight_value': 'DECIMAL(12,2)', 'order_status': 'VARCHAR', 'customer_state': 'VARCHAR'}";

    private static readonly string[] Statuses = ["delivered", "delivered", "delivered", "delivered", "shipped", "canceled", "invoiced", "processing", "unavailable", "approved"];
    private static readonly string[] States = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "DF", "ES", "GO", "PE", "CE", "PA", "MT", "MA", "MS", "PB", "PI", "RN", "AL", "SE", "TO", "RO", "AM", "AC", "AP", "RR"];

    public static void WriteCsv(string path, int rows)
    {
        var random = new Random(20180901);
        var products = Ids(random, 32_951);
        var sellers = Ids(random, 3_095);
        var start = new DateTime(2016, 9, 4, 0, 0, 0, DateTimeKind.Utc);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(Header);
        var written = 0;
        var line = new StringBuilder(200);
        while (written < rows)
        {
            var orderId = Id(random);
            var items = Math.Min(random.Next(10) < 8 ? 1 : random.Next(2, 6), rows - written);
            var status = Statuses[random.Next(Statuses.Length)];
            var state = States[Math.Min(random.Next(States.Length * 2) % States.Length, random.Next(States.Length))];
            var shipped = start.AddSeconds(random.NextInt64(0, 760L * 24 * 3600));
            for (var item = 1; item <= items; item++, written++)
            {
                line.Clear().Append(orderId).Append(',').Append(item).Append(',')
                    .Append(products[random.Next(products.Length)]).Append(',').Append(sellers[random.Next(sellers.Length)]).Append(',')
                    .Append(shipped.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(',')
                    .Append((random.Next(85, 670_000) / 100m).ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                    .Append((random.Next(0, 41_000) / 100m).ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                    .Append(status).Append(',').Append(state);
                writer.WriteLine(line);
            }
        }
    }

    /// <summary>Parses one CSV line of <see cref="WriteCsv"/> into <paramref name="row"/>.</summary>
    public static void Parse(string line, object?[] row)
    {
        var fields = line.Split(',');
        row[0] = fields[0];
        row[1] = int.Parse(fields[1], CultureInfo.InvariantCulture);
        row[2] = fields[2];
        row[3] = fields[3];
        row[4] = DateTime.ParseExact(fields[4], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        row[5] = decimal.Parse(fields[5], CultureInfo.InvariantCulture);
        row[6] = decimal.Parse(fields[6], CultureInfo.InvariantCulture);
        row[7] = fields[7];
        row[8] = fields[8];
    }

    private static string[] Ids(Random random, int count) => [.. Enumerable.Range(0, count).Select(_ => Id(random))];

    private static string Id(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
