using System.CommandLine;
using Lakehouse.Core.Datasets;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse demo</c>: generates a small Olist-shaped sample (all nine files, review texts with planted personal
/// data that the masking scrubs), ingests it twice (the second run shows that nothing
/// changes) and prints what landed in the star schema. With nothing configured it needs no server.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(Option<bool> verbose)
    {
        var scale = new Option<double>("--scale") { Description = "Sample size as a fraction of the full Olist dataset (1.0 ≈ 1.5 M rows)", DefaultValueFactory = _ => 0.005 };
        var command = new Command("demo", "Run the whole pipeline on a generated sample and show the warehouse") { scale };
        command.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(parse.GetValue(verbose), async host =>
        {
            var folder = Path.Combine(Environment.CurrentDirectory, ".lakehouse", "demo");
            var files = OlistGenerator.Write(folder, parse.GetValue(scale)).Paths;
            AnsiConsole.MarkupLineInterpolated($"Sample written to [bold]{folder}[/]; lake: {host.Configuration["Lakehouse:Lake:Provider"] ?? "filesystem"}, warehouse: {(host.EmbeddedWarehouse ? "embedded PostgreSQL" : "configured PostgreSQL")}");
            var runner = new IngestRunner(host, AnsiConsole.Console);
            var first = await runner.RunAsync(files, null, cancellationToken);
            runner.PrintSummary(first);
            AnsiConsole.MarkupLine("Ingesting the same files again (dedupe by content hash: nothing changes):");
            runner.PrintSummary(await runner.RunAsync(files, null, cancellationToken));
            await PrintWarehouseAsync(host.Services.GetRequiredService<NpgsqlDataSource>(), cancellationToken);
            return first.Failed == 0 ? 0 : 1;
        }, cancellationToken));
        return command;
    }

    private static async Task PrintWarehouseAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.state, count(*) AS items, sum(f.price) AS revenue, sum(f.freight_value) AS freight
            FROM dw.fact_order_item f JOIN dw.dim_customer c USING (customer_key)
            GROUP BY c.state ORDER BY revenue DESC
            """;
        var table = new Table().Title("dw.fact_order_item by customer state").AddColumns("state", "items", "revenue (BRL)", "freight (BRL)");
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            table.AddRow(reader.IsDBNull(0) ? "?" : reader.GetString(0), $"{reader.GetInt64(1):N0}", $"{reader.GetDecimal(2):N2}", $"{reader.GetDecimal(3):N2}");
        }

        AnsiConsole.Write(table);
    }
}
