using Lakehouse.Core.Catalog;
using Lakehouse.Functions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Lakehouse.Cli;

/// <summary>
/// The pipeline's services for the CLI: the Functions app's composition, logging to stderr — only the pipeline's own
/// warnings unless <c>-v</c> (then everything from Information, the engine's and the framework's included).
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build(IConfiguration configuration, bool verbose) =>
        new ServiceCollection()
            .AddLogging(b =>
            {
                b.AddSimpleConsole(o => o.SingleLine = true);
                b.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
                b.SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
                if (!verbose)
                {
                    b.AddFilter((category, level) => level >= LogLevel.Warning && IsPipeline(category));
                }
            })
            .AddLakehouseFunctions(configuration)
            .BuildServiceProvider();

    /// <summary>Binds and validates the options; <see cref="CliConfigurationException"/> naming what the user must fix.</summary>
    public static void CheckOptions(ServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<Core.Storage.LakeOptions>>().Value;
            _ = services.GetRequiredService<IOptions<Core.Masking.MaskingOptions>>().Value;
            _ = services.GetRequiredService<IOptions<WarehouseOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            throw new CliConfigurationException(string.Join(Environment.NewLine, e.Failures), e);
        }
        catch (InvalidOperationException e) when (CliMessages.IsConversionFailure(e.Message))
        {
            throw new CliConfigurationException(CliMessages.Describe(e), e);
        }
    }

    /// <summary>Applies the migrations unless all are applied already.</summary>
    public static async Task MigrateAsync(ServiceProvider services, CancellationToken cancellationToken)
    {
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        if (!await migrator.IsUpToDateAsync(cancellationToken))
        {
            await migrator.ApplyAsync(cancellationToken);
        }
    }

    /// <summary>The pipeline's own categories: not the engine's (Lakehouse.Hosting), Microsoft.* or DurableTask.*.</summary>
    private static bool IsPipeline(string? category) =>
        category is not null && category.StartsWith("Lakehouse.", StringComparison.Ordinal) && !category.StartsWith("Lakehouse.Hosting", StringComparison.Ordinal);
}
