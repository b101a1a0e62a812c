namespace Lakehouse.Core.Datasets;

/// <content>The generator's state: the shared members (prefixes, sellers, products, orders) and one writer per file.</content>
public static partial class OlistGenerator
{
    private static readonly (string City, string State)[] Places =
        [("sao paulo", "SP"), ("rio de janeiro", "RJ"), ("belo horizonte", "MG"), ("curitiba", "PR"), ("porto alegre", "RS"), ("salvador", "BA"), ("recife", "PE"), ("campinas", "SP"), ("goiania", "GO"), ("fortaleza", "CE")];

    private sealed class State(Random r, double scale)
    {
        // Distinct five-digit prefixes from 01000 to 99998: there are 98,999, so above scale ~5 the count is capped (the
        // loop below would otherwise never end: scale 10 asked for 190,150).
        private readonly string[] _prefixes = Prefixes(r, Math.Min(MaxPrefixes, Math.Max(40, (int)(19_015 * scale))));
        private readonly string[] _sellers = Ids(r, Math.Max(10, (int)(3_095 * scale)));
        private readonly string[] _products = Ids(r, Math.Max(30, (int)(32_951 * scale)));
        private readonly string[] _categories = [.. Enumerable.Range(1, 71).Select(i => $"categoria_{i:00}")];
        private readonly DateTime _start = new(2016, 9, 4, 0, 0, 0, DateTimeKind.Unspecified);
        private (string Id, string Customer, string Status, DateTime Purchase, decimal Total)[] _orders = [];

        public List<string> Planted { get; } = [];

        public void Translation(CsvOut o)
        {
            foreach (var c in _categories)
            {
                o.Row(c, c.Replace("categoria", "category", StringComparison.Ordinal));
            }
        }

        public void Geolocation(CsvOut o)
        {
            var perPrefix = Math.Max(1, (int)(1_000_163 * scale) / _prefixes.Length);
            // The last 1% of prefixes get no point: customers and sellers using them get inferred geography.
            foreach (var (prefix, p) in _prefixes.Take(_prefixes.Length * 99 / 100).Select((x, i) => (x, i)))
            {
                var place = Places[p % Places.Length];
                object?[] last = [];
                for (var n = 0; n < perPrefix + r.Next(-1, 2); n++)
                {
                    // About one row in five repeats the previous one exactly, as in the source.
                    last = n > 0 && r.Next(5) == 0 ? last : [prefix, -23.5 + (p % 97) * 0.1 + r.NextDouble() * 0.01, -46.6 + (p % 89) * 0.1 + r.NextDouble() * 0.01, n % 7 == 6 ? place.City + " " : place.City, place.State];
                    o.Row(last);
                }
            }
        }

        public void Sellers(CsvOut o)
        {
            foreach (var (id, i) in _sellers.Select((x, i) => (x, i)))
            {
                var prefix = _prefixes[r.Next(_prefixes.Length)];
                // Written as a number, as in the source: the leading zero is lost.
                o.Row(id, int.Parse(prefix, System.Globalization.CultureInfo.InvariantCulture), Places[i % Places.Length].City, Places[i % Places.Length].State);
            }
        }

        public void Products(CsvOut o)
        {
            foreach (var id in _products)
            {
                var roll = r.Next(1000);
                var category = roll < 18 ? null : roll < 20 ? (roll == 18 ? "pc_gamer" : "portateis_cozinha_e_preparadores_de_alimentos") : _categories[r.Next(_categories.Length)];
                o.Row(id, category, category is null ? null : r.Next(5, 70), category is null ? null : r.Next(20, 4000), category is null ? null : r.Next(1, 10),
                    r.Next(50, 30_000), r.Next(10, 100), r.Next(2, 100), r.Next(8, 100));
            }
        }

        public void PlanOrders() =>
            _orders = [.. Enumerable.Range(0, Math.Max(20, (int)(99_441 * scale))).Select(i => (Id(r), Id(r), Status(i), _start.AddMinutes(r.Next(0, 770 * 24 * 60)), 0m))];

        public void Customers(CsvOut o)
        {
            var unique = Id(r);
            foreach (var order in _orders)
            {
                unique = r.Next(100) < 3 ? unique : Id(r); // a person with several orders
                var p = r.Next(_prefixes.Length);
                o.Row(order.Customer, unique, _prefixes[p], Places[p % Places.Length].City, Places[p % Places.Length].State);
            }
        }

        public void Orders(CsvOut o)
        {
            foreach (var (id, customer, status, purchase, _) in _orders)
            {
                var approved = status is "created" ? (DateTime?)null : purchase.AddMinutes(r.Next(10, 2000));
                var carrier = status is "delivered" or "shipped" ? approved!.Value.AddHours(r.Next(12, 120)) : (DateTime?)null;
                var delivered = status == "delivered" ? carrier!.Value.AddHours(r.Next(24, 500)) : (DateTime?)null;
                o.Row(id, customer, status, purchase, approved, carrier, delivered, purchase.Date.AddDays(r.Next(10, 40)));
            }
        }

        public void Items(CsvOut o)
        {
            for (var i = 0; i < _orders.Length; i++)
            {
                var count = r.Next(10_000) < 78 ? 0 : r.Next(10) == 0 ? r.Next(2, 4) : 1;
                for (var n = 1; n <= count; n++)
                {
                    var (price, freight) = (Math.Round((decimal)(r.NextDouble() * 400 + 5), 2), Math.Round((decimal)(r.NextDouble() * 40 + 3), 2));
                    _orders[i].Total += price + freight;
                    o.Row(_orders[i].Id, n, _products[r.Next(_products.Length)], _sellers[r.Next(_sellers.Length)], _orders[i].Purchase.AddDays(6), price, freight);
                }
            }
        }

        public void Payments(CsvOut o)
        {
            for (var i = 0; i < _orders.Length; i++)
            {
                var (id, total) = (_orders[i].Id, _orders[i].Total);
                if (i % 33_000 == 17)
                {
                    o.Row(id, 1, "not_defined", 1, 0m);
                    continue;
                }

                var voucher = r.Next(100) < 4 && total > 20 ? Math.Round(total / 3, 2) : 0m;
                o.Row(id, 1, r.Next(4) == 0 ? "boleto" : "credit_card", r.Next(1, 11), total - voucher);
                if (voucher > 0)
                {
                    o.Row(id, 2, "voucher", 1, voucher);
                }
            }
        }

        public void Reviews(CsvOut o)
        {
            var review = Id(r);
            foreach (var order in _orders)
            {
                review = r.Next(1000) < 3 ? review : Id(r); // one review covering two orders
                var created = order.Purchase.Date.AddDays(r.Next(5, 30));
                o.Row(review, order.Id, r.Next(1, 6), r.Next(10) < 3 ? Titles[r.Next(Titles.Length)] : null, Message(), created, created.AddHours(r.Next(1, 72)));
            }
        }

        private string? Message()
        {
            var roll = r.Next(100);
            if (roll < 4)
            {
                var value = PlantedValue(r, r.Next(6));
                Planted.Add(value);
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, Plants[r.Next(Plants.Length)], value);
            }

            return roll < 45 ? Messages[r.Next(Messages.Length)] : null;
        }

        private static string Status(int i) => (i % 100) switch
        {
            < 2 => "canceled", 2 => "unavailable", 3 => "shipped", 4 => "invoiced", 5 => "processing", _ => i % 5000 == 7 ? "created" : "delivered",
        };

        private const int MaxPrefixes = 99_999 - 1_000;

        private static string[] Prefixes(Random r, int count)
        {
            var set = new SortedSet<string>(StringComparer.Ordinal);
            while (set.Count < count)
            {
                set.Add(r.Next(1_000, 99_999).ToString("00000", System.Globalization.CultureInfo.InvariantCulture));
            }

            return [.. set.OrderBy(_ => r.Next())];
        }

        private static string[] Ids(Random r, int count) => [.. Enumerable.Range(0, count).Select(_ => Id(r))];

        private static string Id(Random r)
        {
            Span<byte> bytes = stackalloc byte[16];
            r.NextBytes(bytes);
            return Convert.ToHexStringLower(bytes);
        }
    }
}
