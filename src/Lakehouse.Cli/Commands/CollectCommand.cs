using System.CommandLine;
using System.Globalization;
using Lakehouse.Core.Collection;
using Microsoft.Extensions.Configuration;

namespace Lakehouse.Cli.Commands;

/// <summary>
/// <c>lakehouse collect [--source bcb|weather|folder] [--series CODE…] [--from yyyy-MM-dd] [--to yyyy-MM-dd]</c>: runs a
/// <c>CollectOrchestration</c> in-process (a backfill, or the daily collection by hand) with progress, then prints what
/// was stored and loaded. Exit 0 when every branch collected and every object loaded, 1 otherwise — an unknown source or
/// series too, named, before anything starts — and 2 for usage or configuration errors.
/// </summary>
internal static class CollectCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Option<string?>("--source") { Description = "bcb, weather, folder, or a configured source's name (default: every source)" };
        var series = new Option<int[]>("--series") { Description = "Banco Central SGS codes, e.g. 433 11 (default: every configured series)", AllowMultipleArgumentsPerToken = true };
        var from = new Option<string?>("--from") { Description = "First day, yyyy-MM-dd (default: the lookback before --to)" };
        var to = new Option<string?>("--to") { Description = "Last day, yyyy-MM-dd (default: today in São Paulo)" };
        var command = new Command("collect", "Collect the Banco Central series, daily weather and the watched folder into bronze, then process what was stored")
        {
            source, series, from, to,
        };
        command.SetAction((parse, cancellationToken) => CliRun.WithHostAsync(context, parse,
            () => Request(CliConfiguration.Build(context.FindHome()), parse.GetValue(source), parse.GetValue(series), parse.GetValue(from), parse.GetValue(to)),
            async (host, request) =>
            {
                var runner = new CollectRunner(host, context.Output);
                var result = await runner.RunAsync(request, cancellationToken);
                runner.PrintSummary(result);
                return result.Succeeded ? 0 : 1;
            }, cancellationToken));
        return command;
    }

    /// <summary>
    /// The request, checked against the configured sources before the host starts: a malformed date is a usage error
    /// (<see cref="CliConfigurationException"/>, exit 2); an unknown source or series, or a reversed range, is a
    /// <see cref="CollectionRequestException"/> naming it (exit 1).
    /// </summary>
    internal static CollectionRequest Request(IConfiguration configuration, string? source, int[]? series, string? from, string? to)
    {
        var options = new CollectionOptions();
        configuration.GetSection(CollectionOptions.SectionName).Bind(options);
        var request = new CollectionRequest(source, series is { Length: > 0 } ? series : null, Date("--from", from), Date("--to", to));
        CollectionPlanner.Plan(CollectionSources.Resolve(options), request, CollectionPlanner.Today(DateTime.UtcNow), options.LookbackDays);
        return request;
    }

    private static DateOnly? Date(string option, string? text) =>
        text is null ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : throw new CliConfigurationException($"{option} must be a date yyyy-MM-dd, not '{text}'.");
}
