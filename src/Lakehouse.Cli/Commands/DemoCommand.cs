using System.CommandLine;
using Lakehouse.Core.Datasets;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Spectre.Console;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse demo</c>: generates a small Olist-shaped sample (all nine files, review texts with planted personal
/// data that the masking scrubs) into the home's <c>demo/</c>, ingests it twice (the second run shows that nothing
/// changes) and prints what landed in the star schema. With nothing configured it needs no server.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var scale = new Option<double>("--scale") { Description = "Sample size as a fraction of the full Olist dataset (1.0 ≈ 1.5 M rows)", DefaultValueFactory = _ => 0.005 };
        var command = new Command("demo", "Run the whole pipeline on a generated sample and show the warehouse") { scale };
        command.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(context, parse, async host =>
        {
            var output = context.Output;
            var folder = host.Home.Combine("demo");
            var files = OlistGenerator.Write(folder, parse.GetValue(scale)).Paths;
            output.Error.MarkupLineInterpolated($"Sample written to [bold]{folder}[/]; lake: {host.Configuration["Lakehouse:Lake:Provider"] ?? "filesystem"}, warehouse: {(host.EmbeddedWarehouse ? "embedded PostgreSQL" : "configured PostgreSQL")}");
            var runner = new IngestRunner(host, output);
            var first = await runner.RunAsync(files, null, cancellationToken);
            IngestSummary.Write(first, output, OutputFormat.Table, first.ReportKey is { } report ? ReportLocations.Of(host, report) : null);
            output.Out.MarkupLine("Ingesting the same files again (dedupe by content hash: nothing changes):");
            IngestSummary.Write(await runner.RunAsync(files, null, cancellationToken), output, OutputFormat.Table);
            output.Out.MarkupLine("dw.fact_order_item by customer state:");
            (await RevenueByStateAsync(host.Services.GetRequiredService<NpgsqlDataSource>(), cancellationToken)).Write(output.Out, OutputFormat.Table);
            return first.Failed + first.Rejected == 0 ? 0 : 1;
        }, cancellationToken));
        return command;
    }

    private static async Task<ResultTable> RevenueByStateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.state, count(*) AS items, sum(f.price) AS revenue, sum(f.freight_value) AS freight
            FROM dw.fact_order_item f JOIN dw.dim_customer c USING (customer_key)
            GROUP BY c.state ORDER BY revenue DESC
            """;
        var table = new ResultTable("state", "items", "revenue (BRL)", "freight (BRL)");
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            table.Add(reader.IsDBNull(0) ? "?" : reader.GetString(0), reader.GetInt64(1), reader.GetDecimal(2), reader.GetDecimal(3));
        }

        return table;
    }
}
